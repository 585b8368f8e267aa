// Byte budgets for a cheap phone on a slow network, measured on what the Worker really sends.
import { describe, expect, it } from 'vitest';
import { assets } from '../../worker/assets';
import { LOCALES } from '../../worker/i18n/locales';
import { fetchAsset, fetchWorker } from './fetch';
import { SOURCE, TRANSLATED } from '../support/locales';

const BUDGETS = {
  /** First view in the first round trip: ~14 KB fits TCP's initial congestion window. */
  storyHtmlGzip: 14 * 1024,
  /** The graphic's stylesheet, fetched after the first view. */
  graphicCssGzip: 4 * 1024,
  /** All the story's JavaScript, app plus Scrollama. */
  storyJsGzip: 12 * 1024,
  /** A subset webfont (Khmer's, today). */
  webfont: 30 * 1024,
  /** A page with the webfont it preloads: what a first visit downloads before it reads well. */
  pageWithWebfont: 40 * 1024,
  /** The embeddable card. */
  embedCard: 5 * 1024,
};

async function gzipSize(body: ArrayBuffer | string): Promise<number> {
  const stream = new Response(body).body!.pipeThrough(new CompressionStream('gzip'));
  return (await new Response(stream).arrayBuffer()).byteLength;
}

function overBudget(bytes: number, budget: number): string | undefined {
  return bytes > budget ? `${bytes} B is over the budget of ${budget} B` : undefined;
}

describe('byte budgets', () => {
  it.each(LOCALES)('/%s/ HTML with its inlined CSS is at most 14 KB gzipped', async (locale) => {
    const html = await (await fetchWorker(`/${locale}/`)).text();
    const size = await gzipSize(html);
    console.log(`/${locale}/ HTML: ${new TextEncoder().encode(html).length} B, ${size} B gzipped`);
    expect(overBudget(size, BUDGETS.storyHtmlGzip)).toBeUndefined();
  });

  it('the story JavaScript is at most 12 KB gzipped', async () => {
    const html = await (await fetchWorker(`/${TRANSLATED}/`)).text();
    // The page's only script is the inline boot loader; the bundle it imports is the rest.
    // JSON-LD is data, not a script a browser runs.
    const scripts = [...html.matchAll(/<script\b(?! type="application\/ld\+json")[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '');
    expect(scripts).toEqual([assets.bootScript]);
    const imported = [...assets.bootScript.matchAll(/import\("([^"]+)"\)/g)].map((m) => m[1]);
    expect(imported).toEqual([assets.script]);
    let total = await gzipSize(assets.bootScript);
    for (const src of imported) total += await gzipSize(await (await fetchAsset(src!)).arrayBuffer());
    console.log(`story JavaScript: ${total} B gzipped`);
    expect(overBudget(total, BUDGETS.storyJsGzip)).toBeUndefined();
  });

  it.each(Object.entries(assets.fonts))('the subset webfont of %s is at most 30 KB', async (_locale, { url }) => {
    const font = await (await fetchAsset(url)).arrayBuffer();
    console.log(`${url}: ${font.byteLength} B`);
    expect(overBudget(font.byteLength, BUDGETS.webfont)).toBeUndefined();
  });

  // Its bold is in the same file (a weight axis), so a page preloads one font file, counted here.
  it.each(LOCALES)('/%s/ HTML and the webfont files it preloads are at most 40 KB together', async (locale) => {
    const html = await (await fetchWorker(`/${locale}/`)).text();
    const preloaded = [...html.matchAll(/<link rel="preload" href="([^"]+)" as="font"/g)].map((m) => m[1]!);
    expect(preloaded).toEqual(assets.fonts[locale] ? [assets.fonts[locale].url] : []);
    let total = await gzipSize(html);
    for (const url of preloaded) total += (await (await fetchAsset(url)).arrayBuffer()).byteLength;
    console.log(`/${locale}/ with its webfont: ${total} B`);
    expect(overBudget(total, BUDGETS.pageWithWebfont)).toBeUndefined();
  });

  it("the graphic's stylesheet is at most 4 KB gzipped", async () => {
    const size = await gzipSize(await (await fetchAsset(assets.graphicStylesheet)).arrayBuffer());
    console.log(`${assets.graphicStylesheet}: ${size} B gzipped`);
    expect(overBudget(size, BUDGETS.graphicCssGzip)).toBeUndefined();
  });

  it('the embed card is under 5 KB', async () => {
    for (const locale of LOCALES) {
      const html = await (await fetchWorker(`/embed/minors-2015?lang=${locale}`)).arrayBuffer();
      expect(overBudget(html.byteLength, BUDGETS.embedCard)).toBeUndefined();
    }
  });

  it('a budget that is exceeded fails', () => {
    expect(overBudget(14 * 1024 + 1, BUDGETS.storyHtmlGzip)).toBe('14337 B is over the budget of 14336 B');
    expect(overBudget(1, 0)).toBeDefined();
  });
});

describe('nothing blocks the first render', () => {
  it.each(LOCALES)(
    '/%s/ links no stylesheet before its first view, and its one script is a deferred module that requests nothing before the first paint',
    async (locale) => {
      const html = await (await fetchWorker(`/${locale}/`)).text();
      // The graphic's stylesheet is linked after the intro: it holds back only what follows it.
      const links = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]*>/g)];
      expect(links.map(([tag]) => tag)).toEqual([`<link rel="stylesheet" href="${assets.graphicStylesheet}"/>`]);
      expect(links[0]!.index).toBeGreaterThan(html.indexOf('</header>', html.indexOf('<main')));
      const tags = [...html.matchAll(/<script\b(?! type="application\/ld\+json")[^>]*>/g)].map(([tag]) => tag);
      expect(tags).toEqual(['<script type="module">']);
      expect(html).not.toMatch(/ (src|href)="\/assets\/main\./);
      expect(html).not.toMatch(/rel="modulepreload"/);
      expect(html).not.toMatch(/@import/);
    },
  );

  it('English pages load no webfont', async () => {
    const html = await (await fetchWorker(`/${SOURCE}/`)).text();
    expect(html).not.toMatch(/@font-face|\.woff2/);
  });

  // optional: used if it is there for the first paint (it is preloaded), else kept for the next
  // page; never swapped in late under a reader, so it can never move a line.
  it('Khmer pages use the webfont only if it is there for the first paint', async () => {
    const html = await (await fetchWorker(`/${TRANSLATED}/`)).text();
    const faces = [...html.matchAll(/@font-face\{[^}]*\}/g)].map((m) => m[0]);
    expect(faces.length).toBeGreaterThan(0);
    for (const face of faces.filter((f) => f.includes('url('))) expect(face).toContain('font-display:optional');
  });
});
