// The data page's downloads: each figure's card as PNG and SVG and the CSV, in every language,
// served as static assets that save under a readable name.
import { describe, expect, it } from 'vitest';
import { csvDownload, figureDownloads } from '../../worker/assets';
import { shareableFigures } from '../../worker/content';
import { formatFigure } from '../../worker/i18n/format-figure';
import { LOCALES } from '../../worker/i18n/locales';
import { fetchAsset, fetchWorker } from './fetch';

const cases = LOCALES.flatMap((locale) => shareableFigures.map((f) => [locale, f.id] as const));

const savedAs = (res: Response) => /^attachment; filename="([^"]+)"$/.exec(res.headers.get('Content-Disposition') ?? '')?.[1];

describe('card downloads', () => {
  it.each(cases)('%s %s: a PNG and an SVG of the card, saved under their names', async (locale, id) => {
    const { png, svg } = figureDownloads(locale, id);
    expect(png).toMatch(new RegExp(`^/assets/downloads/[0-9a-f]{12}/cambodia-prevalence-[\\d.]+-${locale}-${id}\\.png$`));
    expect(svg).toMatch(new RegExp(`^/assets/downloads/[0-9a-f]{12}/cambodia-prevalence-[\\d.]+-${locale}-${id}\\.svg$`));

    const pngRes = await fetchAsset(png!);
    expect(pngRes.status).toBe(200);
    expect(pngRes.headers.get('Content-Type')).toBe('image/png');
    expect(savedAs(pngRes)).toBe(png!.split('/').pop());
    expect(pngRes.headers.get('Cache-Control')).toContain('immutable');
    const head = new DataView(await pngRes.arrayBuffer());
    expect([head.getUint32(16), head.getUint32(20)]).toEqual([1200, 630]);

    const svgRes = await fetchAsset(svg!);
    expect(svgRes.status).toBe(200);
    expect(svgRes.headers.get('Content-Type')).toMatch(/^image\/svg\+xml/);
    expect(savedAs(svgRes)).toBe(svg!.split('/').pop());
    const text = await svgRes.text();
    expect(text).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="1200" height="630"/);
    expect(text).toContain(`lang="${locale}"`);
    // Text stays text, in the embedded card font: the key number is one <text>.
    const figure = shareableFigures.find((f) => f.id === id)!;
    const lines = [...text.matchAll(/<text [^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
    expect(lines.join(' ')).toContain(formatFigure(figure, locale).split(/\s/).pop());
    expect(text).toContain('@font-face{font-family:"Card"');
  });
});

describe.each(LOCALES)('CSV download (%s)', (locale) => {
  it('is the API CSV, byte for byte, byte-order mark included, saved under its name', async () => {
    const url = csvDownload(locale);
    const res = await fetchAsset(url);
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toMatch(/^text\/csv/);
    expect(savedAs(res)).toBe(`cambodia-prevalence-${url.split('-').slice(-2).join('-')}`);
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const api = new Uint8Array(await (await fetchWorker(`/api/v1/prevalence.csv?lang=${locale}`)).arrayBuffer());
    expect(bytes).toEqual(api);
  });
});
