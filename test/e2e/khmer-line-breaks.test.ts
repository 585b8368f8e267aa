// Khmer has no spaces between words, so Chromium guesses line breaks with its own dictionary and
// splits words (និរ|ទេស). On phone widths, measure where the lines of every Khmer page really
// break, and hold that no break falls inside a listed word, a number, or before ។ or ៖, and that
// Khmer breaks only where the page marked one (worker/i18n/khmer-line-breaks.ts).
import { afterEach, describe, expect, it } from 'vitest';
import wordList from '../../content/khmer-words.json';
import { shareableFigures } from '../../worker/content';
import { hasKhmerScript } from '../../worker/i18n/khmer-line-breaks';
import { LOCALES } from '../../worker/i18n/locales';
import { text } from '../../worker/i18n/rich-text';
import { forgetErrors, gotoEnhanced, openPage, useBrowser, type WatchedPage } from './page';
import { ALL_PAGES } from './pages';
import { measureRenderedLines } from './rendered-lines';
import { wholeSpans } from './whole-numbers';

// The words a reader saw broken on a phone (issue 14), then the content's own list.
const REPORTED = ['និរទេស', 'គណនេយ្យភាព', 'នៅទូទាំង', 'ជាមួយ', 'ធំជាងគេ', 'បណ្ដុះបណ្ដាល'];
// ្ដ and ្ត look alike and both spellings occur: compare with one of them.
const fold = (s: string) => s.replaceAll('\u17d2\u178a', '\u17d2\u178f');
const WORDS = [...new Set([...REPORTED, ...wordList.words].map(fold))];
// A number in Khmer digits with its separators and sign: ៨,១៦%, ២០១២.
const NUMBER = /[\u17e0-\u17e9]+(?:[.,][\u17e0-\u17e9]+)*%?/g;
// The phone widths readers use, from the smallest.
const WIDTHS = [320, 360, 375, 390, 412];

// Every page, figure page and embed card of every language written in Khmer script.
const khmerLocales = LOCALES.filter((l) => hasKhmerScript(text(l, 'ui.headline')));
const pages = [
  ...new Set([
    ...ALL_PAGES.filter((p) => khmerLocales.some((l) => p.startsWith(`/${l}/`) || p.endsWith(`lang=${l}`))),
    ...khmerLocales.flatMap((l) => shareableFigures.flatMap((f) => [`/${l}/f/${f.id}`, `/embed/${f.id}?lang=${l}`])),
  ]),
];

const { browser, origin } = useBrowser();
let open: WatchedPage | undefined;
afterEach(async () => {
  const errors = open?.errors ?? [];
  await open?.close();
  open = undefined;
  expect(errors).toEqual([]);
});

/** Each rendered line break that falls where it must not, with its context. */
function badBreaks(block: { where: string; text: string; lineStarts: number[] }, locale: string): string[] {
  const folded = fold(block.text);
  const spans: [number, number][] = [...folded.matchAll(NUMBER)].map((m) => [m.index, m.index + m[0].length]);
  spans.push(...wholeSpans(block.text, locale));
  for (const word of WORDS) {
    for (let i = folded.indexOf(word); i >= 0; i = folded.indexOf(word, i + 1)) spans.push([i, i + word.length]);
  }
  const bad: string[] = [];
  for (const at of block.lineStarts) {
    const context = `${block.where}: …${block.text.slice(Math.max(0, at - 10), at)}|${block.text.slice(at, at + 10)}…`;
    if (spans.some(([start, end]) => start < at && at < end) || /^[។៖]/.test(block.text.slice(at))) bad.push(context);
  }
  return bad;
}

describe('Khmer lines break only between words', () => {
  it('covers the story, a figure page, the sources, the data and the 404 page', () => {
    expect(khmerLocales.length).toBeGreaterThan(0);
    for (const path of ['/', '/f/', '/sources', '/data', '/no-such-page', '/embed/']) {
      expect(
        pages.some((p) => p.includes(path)),
        path,
      ).toBe(true);
    }
  });

  describe.each(WIDTHS)('at %i px', (width) => {
    it.each(pages)('%s', async (path) => {
      open = await openPage(browser(), { viewport: { width, height: 800 } });
      const { page } = open;
      // Opened as a top-level page (a partner frames it), an embed card makes Chromium ask for a favicon.
      await page.route('**/favicon.ico', (route) => route.fulfill({ status: 204 }));
      await gotoEnhanced(page, `${origin}${path}`);
      // The error page is served with its status, which Chromium logs.
      forgetErrors(open, (e) => e.includes('status of 404'));
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      const blocks = await page.evaluate(measureRenderedLines);

      const locale = khmerLocales.find((l) => path.startsWith(`/${l}/`) || path.endsWith(`lang=${l}`))!;
      const bad = blocks.flatMap((b) => badBreaks(b, locale));
      const unmarked = blocks.flatMap((b) =>
        b.unmarked.map((at) => `${b.where}: …${b.text.slice(Math.max(0, at - 10), at)}|${b.text.slice(at, at + 10)}…`),
      );
      const lines = blocks.reduce((n, b) => n + b.lineStarts.length, 0);
      console.log(
        `${width} px ${path}: ${lines} line breaks; ${bad.length} inside a listed word or number or before ។/៖; ` +
          `${unmarked.length} between Khmer letters where the page marked no break`,
      );
      expect(bad).toEqual([]);
      // The browser broke Khmer only where the page allowed it, not where its own dictionary would.
      expect(unmarked).toEqual([]);
      if (width === WIDTHS[0]) {
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, 'horizontal overflow in px').toBeLessThanOrEqual(0);
      }
    });
  });

  // The marks are for line breaking in body text only: never in the head (title, meta tags,
  // JSON-LD), an attribute, or an API response.
  const MARKS = /[\u200b\u2060]/;
  it.each(pages)('%s has zero-width marks only in its body text', async (path) => {
    const html = await (await fetch(`${origin}${path}`)).text();
    const head = html.slice(0, html.indexOf('<body'));
    const body = html.slice(head.length);
    expect(head).not.toMatch(MARKS);
    expect(body.match(/<[^>]*>/g)?.filter((tag) => MARKS.test(tag)) ?? []).toEqual([]);
    for (const script of body.match(/<script\b[\s\S]*?<\/script>/g) ?? []) expect(script).not.toMatch(MARKS);
  });

  it.each(khmerLocales)('the %s API responses carry no zero-width marks', async (locale) => {
    for (const path of [
      `/api/v1/prevalence?lang=${locale}`,
      `/api/v1/prevalence.csv?lang=${locale}`,
      `/oembed?url=${encodeURIComponent(`${origin}/${locale}/`)}&format=json`,
    ]) {
      const res = await fetch(`${origin}${path}`);
      expect(res.status, path).toBe(200);
      expect(await res.text(), path).not.toMatch(MARKS);
    }
  });
});

// Every other language: numbers, units, dates and ranges stay whole on its pages too.
const otherPages = ALL_PAGES.filter((p) => !pages.includes(p));
describe.each([320, 360])('numbers stay whole at %i px', (width) => {
  it.each(otherPages)('%s', async (path) => {
    open = await openPage(browser(), { viewport: { width, height: 800 } });
    const { page } = open;
    await page.route('**/favicon.ico', (route) => route.fulfill({ status: 204 }));
    await gotoEnhanced(page, `${origin}${path}`);
    forgetErrors(open, (e) => e.includes('status of 404'));
    const locale = LOCALES.find((l) => path.startsWith(`/${l}/`) || path.endsWith(`lang=${l}`))!;
    const blocks = await page.evaluate(measureRenderedLines);
    const bad = blocks.flatMap((b) =>
      b.lineStarts
        .filter((at) => wholeSpans(b.text, locale).some(([start, end]) => start < at && at < end))
        .map((at) => `${b.where}: …${b.text.slice(Math.max(0, at - 10), at)}|${b.text.slice(at, at + 10)}…`),
    );
    expect(bad).toEqual([]);
  });
});
