import { LOCALES } from '../../worker/i18n/locales';
import { describe, expect, it } from 'vitest';
import { findFigure, shareableFigures } from '../../worker/content';
import { reservedHeight } from '../../worker/embed-size';
import { formatFigure } from '../../worker/i18n/format-figure';
import { MAX_FRAME_HEIGHT, MIN_FRAME_HEIGHT } from '../../worker/views/embed-code';
import { fetchAsset, fetchWorker } from './fetch';
import { SOURCE, TRANSLATED } from '../support/locales';

describe('GET /embed/{id}', () => {
  it.each(LOCALES)('is a self-contained card under 5 KB in %s, framable by anyone', async (lang) => {
    const res = await fetchWorker(`/embed/minors-2015?lang=${lang}`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(new TextEncoder().encode(html).length).toBeLessThan(5 * 1024);
    expect(html).toContain(formatFigure(findFigure('minors-2015')!, lang));
    expect(html).toContain(`href="/${lang}/f/minors-2015"`);
    expect(html).not.toMatch(/scrollama/i);
    expect(res.headers.get('Content-Security-Policy')).toContain('frame-ancestors *');
    expect(res.headers.get('X-Frame-Options')).toBeNull();
    expect(res.headers.get('Cache-Control')).toBe('public, max-age=300, stale-while-revalidate=86400, stale-if-error=604800');
  });

  it('has a card for every figure', async () => {
    for (const figure of shareableFigures) expect((await fetchWorker(`/embed/${figure.id}`)).status).toBe(200);
  });

  it('an unknown figure is an HTML 404', async () => {
    const res = await fetchWorker('/embed/nothing');
    expect(res.status).toBe(404);
    expect(res.headers.get('Content-Type')).toBe('text/html; charset=utf-8');
  });

  it.each(['zz', SOURCE.toUpperCase(), ''])(
    'lang=%s is an HTML 400 that offers every language, never a card in another one',
    async (lang) => {
      const res = await fetchWorker(`/embed/minors-2015?lang=${lang}`);
      expect(res.status).toBe(400);
      expect(res.headers.get('Content-Type')).toBe('text/html; charset=utf-8');
      expect(res.headers.get('Cache-Control')).toContain('no-store');
      const html = await res.text();
      for (const locale of LOCALES) expect(html).toContain(`href="/${locale}/"`);
    },
  );
});

describe('GET /embed.js', () => {
  it('serves the web component with a short cache, to any origin', async () => {
    const res = await fetchAsset('/embed.js');
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toContain('javascript');
    expect(res.headers.get('Cache-Control')).toBe('public, max-age=300, stale-while-revalidate=86400, stale-if-error=604800');
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*');
    expect(await res.text()).toContain('prevalence-figure');
  });
});

describe('GET /oembed', () => {
  const oembed = (url: string, extra = '') => fetchWorker(`/oembed?url=${encodeURIComponent(url)}&format=json${extra}`);

  it.each([
    [`http://story.test/${TRANSLATED}/f/minors-2015`, `/embed/minors-2015?lang=${TRANSLATED}`],
    [`http://story.test/${SOURCE}/`, `/embed/minors-change?lang=${SOURCE}`],
  ])('answers %s with a rich iframe of %s', async (url, src) => {
    const res = await oembed(url);
    expect(res.status).toBe(200);
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*');
    const body = (await res.json()) as Record<string, unknown>;
    expect(body.version).toBe('1.0');
    expect(body.type).toBe('rich');
    expect(body.html).toContain(`<iframe src="http://story.test${src}"`);
    expect(typeof body.width).toBe('number');
    expect(typeof body.height).toBe('number');
  });

  it('honours maxwidth', async () => {
    const body = (await (await oembed(`http://story.test/${SOURCE}/`, '&maxwidth=300')).json()) as { width: number };
    expect(body.width).toBe(300);
  });

  it.each([
    [`https://elsewhere.example/${SOURCE}/`, 404],
    [`http://story.test/${SOURCE}/f/nothing`, 404],
    ['not a url', 400],
  ])('refuses %s with %i problem+json', async (url, status) => {
    const res = await oembed(url);
    expect(res.status).toBe(status);
    expect(res.headers.get('Content-Type')).toMatch(/^application\/problem\+json/);
  });

  it('answers format=xml with 501', async () => {
    expect((await fetchWorker(`/oembed?url=${encodeURIComponent(`http://story.test/${SOURCE}/`)}&format=xml`)).status).toBe(501);
  });

  it('is discoverable from story pages', async () => {
    const html = await (await fetchWorker(`/${TRANSLATED}/f/cases`)).text();
    expect(html).toContain(
      `<link rel="alternate" type="application/json+oembed" href="http://story.test/oembed?url=${encodeURIComponent(`http://story.test/${TRANSLATED}/f/cases`)}&amp;format=json"`,
    );
  });
});

/** The text of the data page's code block with this id, as a partner copies it. */
function codeBlock(html: string, id: string): string {
  const match = new RegExp(`<pre id="${id}"[^>]*><code>([\\s\\S]*?)</code></pre>`).exec(html);
  if (!match) throw new Error(`no code block #${id}`);
  return match[1]!
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

describe.each(LOCALES)('the data page code in %s', (lang) => {
  const figure = findFigure('minors-2015')!;
  const page = async () => (await fetchWorker(`/${lang}/data?figure=${figure.id}&lang=${lang}`)).text();

  it('the iframe code is one block: the frame at its reserved size over a text fallback, and a resize script for that frame only', async () => {
    const code = codeBlock(await page(), 'code-iframe');
    expect(code.match(/<iframe /g)).toHaveLength(1);
    expect(code.match(/<script>/g)).toHaveLength(1);
    expect(code).toContain(`src="http://story.test/embed/${figure.id}?lang=${lang}"`);
    expect(code).toContain(`height="${reservedHeight(figure.id, lang)}"`);
    // The script trusts only the public origin, the frame's own window, and bounded whole pixels.
    expect(code).toContain('o="http://story.test"');
    expect(code).toContain('e.origin!==o');
    expect(code).toContain('e.source!==f.contentWindow');
    expect(code).toContain(`!Number.isInteger(h)||h<${MIN_FRAME_HEIGHT}||h>${MAX_FRAME_HEIGHT}`);
    // It finds its frame by the block's mark and the story's /embed/, wherever a CMS runs it.
    const mark = /<iframe [^>]*data-prevalence-block="([^"]+)"/.exec(code)?.[1];
    expect(mark).toBeTruthy();
    expect(code).toContain(`m=${JSON.stringify(mark)}`);
    expect(code).toContain('l[i].src.indexOf(o+"/embed/")===0');
    expect(code).toContain('if(!f)return;');
    // The fallback: the figure as text in its language, and a link to the story.
    expect(code).toContain(`<p lang="${lang}" data-prevalence-block="${mark}"`);
    expect(code).toContain(formatFigure(figure, lang));
    expect(code).toContain(`<a href="http://story.test/${lang}/f/${figure.id}">`);
  });

  it('the component code loads its script async and carries the same fallback at the reserved height', async () => {
    const code = codeBlock(await page(), 'code-component');
    expect(code).toContain('<script src="http://story.test/embed.js" async></script>');
    expect(code).not.toContain('defer');
    expect(code).toMatch(
      new RegExp(
        `<prevalence-figure figure="${figure.id}" lang="${lang}"><p lang="${lang}" [^>]*min-height:${reservedHeight(figure.id, lang)}px`,
      ),
    );
    expect(code).toContain(formatFigure(figure, lang));
    expect(code).toContain(`<a href="http://story.test/${lang}/f/${figure.id}">`);
  });

  it("oEmbed's html is the data page's iframe code, at the card's reserved size", async () => {
    const oembed = (await (
      await fetchWorker(`/oembed?url=${encodeURIComponent(`http://story.test/${lang}/f/${figure.id}`)}&format=json`)
    ).json()) as {
      html: string;
      height: number;
    };
    expect(oembed.html).toBe(codeBlock(await page(), 'code-iframe'));
    expect(oembed.height).toBe(reservedHeight(figure.id, lang));
  });

  it('reads top-down as a partner uses it: choose, preview, copy, download, cite, licence, then the API', async () => {
    const html = await page();
    const order = [
      '<form method="get"',
      '<iframe class="preview"',
      'id="code"',
      'id="code-iframe"',
      'id="code-component"',
      'id="downloads"',
      'id="cite"',
      'id="licence"',
      'id="notes"',
      'id="api"',
    ];
    const positions = order.map((marker) => html.indexOf(marker));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(html).toContain(`height="${reservedHeight(figure.id, lang)}"`);
    expect(html).toContain('stale-if-error');
  });

  it('offers the CSV, and the citation the API gives', async () => {
    const html = await page();
    const csv = /<a href="([^"]+\.csv[^"]*)" download="">/.exec(html.slice(html.indexOf('id="downloads"')))?.[1];
    expect(csv).toBeDefined();
    const res = await fetchWorker(csv!.replace(/&amp;/g, '&'));
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toMatch(/^text\/csv/);
    const api = (await (await fetchWorker(`/api/v1/prevalence?lang=${lang}`)).json()) as { citation: string };
    expect(codeBlock(html, 'citation')).toBe(api.citation);
  });
});

describe('worker/embed-heights.json', () => {
  it.each(LOCALES)('has a measured height for every figure card in %s (scripts/measure-embed-heights.ts)', async (lang) => {
    const { default: heights } = await import('../../worker/embed-heights.json');
    const measured = (heights as Record<string, Record<string, number>>)[lang] ?? {};
    for (const figure of shareableFigures) expect(measured[figure.id], figure.id).toBeGreaterThanOrEqual(MIN_FRAME_HEIGHT);
  });
});
