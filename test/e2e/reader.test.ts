// The story read as people read it: flings, reloads, deep links, keyboard, reduced motion,
// no JavaScript, narrow phones. Each scenario runs in both languages at three sizes.
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { figures, steps } from '../../worker/content';
import { formatFigure } from '../../worker/i18n/format-figure';
import { LOCALE_INFO, LOCALES } from '../../worker/i18n/locales';
import { PNG } from 'pngjs';
import { text } from '../../worker/i18n/rich-text';
import { forgetErrors, openPage, useBrowser, VIEWPORTS, type WatchedPage, gotoEnhanced } from './page';
import { SOURCE, TRANSLATED } from '../support/locales';

const { browser, origin } = useBrowser();
let open: WatchedPage | undefined;
afterEach(async () => {
  expect(open?.errors ?? []).toEqual([]);
  await open?.close();
  open = undefined;
});

const stepIds = steps.map((s) => s.id);
const last = stepIds.at(-1) ?? '';

const active = (page: Page) =>
  page.evaluate(() => ({
    current: document.querySelector<HTMLElement>('[aria-current="step"]')?.dataset.step,
    panel: document.querySelector<HTMLElement>('.panel')?.dataset.state,
  }));

async function waitForActive(page: Page, id: string) {
  await page.waitForFunction(
    (want) =>
      document.querySelector<HTMLElement>('[aria-current="step"]')?.dataset.step === want &&
      document.querySelector<HTMLElement>('.panel')?.dataset.state === want,
    id,
    { timeout: 10_000 },
  );
}

describe.each(LOCALES)('/%s/', (locale) => {
  describe.each(VIEWPORTS)('at $name', (viewport) => {
    it('a fling or a jump to the end leaves the last step active', async () => {
      open = await openPage(browser(), { viewport });
      const { page } = open;
      await gotoEnhanced(page, `${origin}/${locale}/`);
      for (let i = 0; i < 4; i++) await page.mouse.wheel(0, 4000);
      await page.keyboard.press('End');
      await waitForActive(page, last);
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      await waitForActive(page, last);
      expect(await active(page)).toEqual({ current: last, panel: last });
    });

    it('a reload mid-story and a deep link both open at the step', async () => {
      open = await openPage(browser(), { viewport });
      const { page } = open;
      const middle = stepIds[Math.floor(stepIds.length / 2)] ?? '';
      await page.goto(`${origin}/${locale}/#${middle}`);
      await waitForActive(page, middle);
      await page.evaluate(() => window.scrollBy(0, 40));
      await page.reload();
      await waitForActive(page, middle);
      expect(new URL(page.url()).hash).toBe(`#${middle}`);
    });

    it('nothing scrolls sideways', async () => {
      open = await openPage(browser(), { viewport: { width: Math.min(viewport.width, 320), height: viewport.height } });
      const { page } = open;
      for (const path of [`/${locale}/`, `/${locale}/sources`, `/${locale}/data`, `/${locale}/missing`]) {
        await gotoEnhanced(page, origin + path);
        // The 404 page's own status is logged by Chromium as a failed resource; that one is expected.
        if (path.endsWith('/missing')) forgetErrors(open, (e) => e.includes('status of 404'));
        const { scrollWidth, innerWidth } = await page.evaluate(() => ({
          scrollWidth: document.documentElement.scrollWidth,
          innerWidth: window.innerWidth,
        }));
        expect(scrollWidth, path).toBeLessThanOrEqual(innerWidth);
      }
    });
  });

  it('a keyboard reader moves one step at a time, with focus always visible', async () => {
    open = await openPage(browser(), { viewport: { width: 390, height: 844 } });
    const { page } = open;
    await gotoEnhanced(page, `${origin}/${locale}/`);
    const next = page.locator('[data-go="next"]');
    await next.focus();
    for (const id of stepIds.slice(0, 3)) {
      await page.keyboard.press('Enter');
      await waitForActive(page, id);
      expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.step)).toBe(id);
      const outline = await page.evaluate(() => getComputedStyle(document.activeElement!.querySelector('.step__card')!).outlineStyle);
      expect(outline).not.toBe('none');
      await next.focus();
      expect(await next.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none');
    }
    await page.locator('[data-go="previous"]').focus();
    await page.keyboard.press('Enter');
    await waitForActive(page, stepIds[1] ?? '');
  });

  it('the story ends with an end mark, and Back to top works with the keyboard', async () => {
    open = await openPage(browser(), { viewport: { width: 390, height: 844 } });
    const { page } = open;
    await gotoEnhanced(page, `${origin}/${locale}/#${last}`);
    await waitForActive(page, last);
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    // At the foot of the page the end mark and the link show whole, above the controls bar.
    const { mark, link, bar } = await page.evaluate(() => ({
      mark: document.querySelector('.story-end__mark')!.getBoundingClientRect().toJSON() as DOMRect,
      link: document.querySelector('.story-end a[href="#top"]')!.getBoundingClientRect().toJSON() as DOMRect,
      bar: document.querySelector('.controls')!.getBoundingClientRect().top,
    }));
    expect(mark.height).toBeGreaterThan(0);
    expect(link.bottom).toBeLessThanOrEqual(bar);
    const back = page.locator('.story-end a[href="#top"]');
    await back.focus();
    expect(await back.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => window.scrollY < 2, undefined, { timeout: 10_000 });
  });

  it('Tab reaches every link and control, each with a visible focus ring', async () => {
    open = await openPage(browser(), { viewport: { width: 390, height: 844 } });
    const { page } = open;
    await gotoEnhanced(page, `${origin}/${locale}/`);
    // A language menu (three languages or more) is opened, as a reader does to reach its links.
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
    const focusable = await page.$$eval('a[href], button, summary', (els) => els.length);
    const seen = new Set<number>();
    for (let i = 0; i < focusable + 5; i++) {
      await page.keyboard.press('Tab');
      const info = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const index = [...document.querySelectorAll('a[href], button, summary')].indexOf(el);
        // Keyed by position: an element's markup may change while it has focus (aria-current).
        return { index, html: el.outerHTML.slice(0, 80), outline: getComputedStyle(el).outlineStyle };
      });
      if (!info) continue;
      expect(info.outline, info.html).not.toBe('none');
      seen.add(info.index);
    }
    expect(seen.size).toBe(focusable);
  });

  it('with reduced motion, nothing animates and the final states show', async () => {
    open = await openPage(browser(), { viewport: { width: 390, height: 844 }, reducedMotion: 'reduce' });
    const { page } = open;
    await page.goto(`${origin}/${locale}/#study-2015`);
    await waitForActive(page, 'study-2015');
    const state = await page.evaluate(() => ({
      animations: document.getAnimations().length,
      durations: [...document.querySelectorAll('.part, .row__fill, .progress__bar')].map((el) => getComputedStyle(el).transitionDuration),
      onOpacities: [...document.querySelectorAll('.panel .part.is-on')].map((el) => getComputedStyle(el).opacity),
      fills: [...document.querySelectorAll('.row.is-on .row__fill')].map((el) => getComputedStyle(el).transform),
    }));
    expect(state.animations).toBe(0);
    expect(new Set(state.durations.flatMap((d) => d.split(', ')))).toEqual(new Set(['0s']));
    expect(state.onOpacities.length).toBeGreaterThan(0);
    for (const opacity of state.onOpacities) expect(Number(opacity)).toBeGreaterThanOrEqual(0.5);
    for (const transform of state.fills) expect(['none', 'matrix(1, 0, 0, 1, 0, 0)']).toContain(transform);
  });

  it('without JavaScript, every word of the steps and every figure can be read', async () => {
    open = await openPage(browser(), { viewport: { width: 390, height: 844 }, javaScriptEnabled: false });
    const { page } = open;
    await page.goto(`${origin}/${locale}/`);
    // Read as a reader does, scrolling: steps off screen are laid out only as they near the
    // viewport (content-visibility), and innerText reads only what is laid out.
    // Without the invisible marks that say where Khmer lines may break.
    const plain = (s: string) => s.replace(/[\u200b\u2060]/g, '');
    const parts = [plain(await page.locator('body').innerText())];
    for (const step of steps) {
      const card = page.locator(`#${step.id}`);
      await card.scrollIntoViewIfNeeded();
      const heading = text(locale, `step.${step.id}.heading`);
      await expect.poll(async () => plain(await card.innerText())).toContain(heading);
      parts.push(plain(await card.innerText()));
    }
    const visible = parts.join('\n');
    for (const step of steps) expect(visible).toContain(text(locale, `step.${step.id}.heading`));
    for (const figure of figures) expect(visible, figure.id).toContain(formatFigure(figure, locale));
    expect(await page.locator('.panel').isVisible()).toBe(false);
  });
});

/**
 * The fonts Chromium actually drew the first match of a selector with (CDP), by family name;
 * undefined if nothing matches.
 */
async function platformFontsOf(page: Page, selector: string): Promise<string[] | undefined> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
    if (!nodeId) return undefined;
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    // Word joiners (U+2060, where Khmer lines may not break) are invisible and in no Khmer font:
    // Chromium takes a fallback font for their zero-width glyphs, which draws nothing a reader sees.
    const { node } = await cdp.send('DOM.describeNode', { nodeId, depth: -1 });
    const joiners = JSON.stringify(node).split('\u2060').length - 1;
    return fonts.filter((f) => f.glyphCount > 0 && !(f.familyName === 'DejaVu Sans' && f.glyphCount <= joiners)).map((f) => f.familyName);
  } finally {
    await cdp.detach();
  }
}

describe('Khmer renders in the webfont', () => {
  it.each([`/${TRANSLATED}/`, `/${TRANSLATED}/sources`, `/${TRANSLATED}/data`])(
    '%s uses Noto Sans Khmer for every Khmer glyph, with no fallback',
    async (path) => {
      open = await openPage(browser(), { viewport: { width: 390, height: 844 } });
      const { page } = open;
      // font-display: optional uses the webfont once it is there for a first paint: on a reader's
      // first visit over a slow network that may be the next page. Here: the second view.
      await page.goto(origin + path);
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      await page.reload();
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      const faces = await page.evaluate(() => [...document.fonts].map((f) => `${f.family.replace(/"/g, '')}:${f.status}`));
      expect(faces).toContain('Noto Sans Khmer:loaded');
      // A paragraph that names other languages in their own script (the data page's first) holds
      // their Latin letters and punctuation, which stay in the system font by design.
      for (const selector of ['h1', 'main p:not(:has([lang]))', '.masthead__name']) {
        const fonts = await platformFontsOf(page, selector);
        if (fonts) expect(fonts, selector).toEqual(['Noto Sans Khmer']);
      }
    },
  );

  it('English pages load no webfont', async () => {
    open = await openPage(browser(), { viewport: { width: 390, height: 844 } });
    const fonts: string[] = [];
    open.page.on('request', (r) => r.resourceType() === 'font' && fonts.push(r.url()));
    await gotoEnhanced(open.page, `${origin}/${SOURCE}/`);
    await open.page.evaluate(() => document.fonts.ready.then(() => undefined));
    expect(fonts).toEqual([]);
  });
});

// A bold synthesised from a regular face smears a script's small marks together (Khmer's at
// 16 px, measured): a webfont's headings and panel labels use the weights the file itself has.
describe.each(LOCALE_INFO.filter((l) => l.webfont).map((l) => l.code))("/%s/ bold is the webfont's own", (locale) => {
  /** How much ink an element's screenshot holds: the sum of each pixel's darkness. */
  const ink = (png: Buffer) => {
    const { data } = PNG.sync.read(png);
    let sum = 0;
    for (let i = 0; i < data.length; i += 4) sum += 255 - (data[i]! + data[i + 1]! + data[i + 2]!) / 3;
    return sum / 255;
  };
  it('headings and panel labels: no pixel changes with weight synthesis off, and they carry more ink than the regular', async () => {
    open = await openPage(browser(), { viewport: { width: 390, height: 844 } });
    const { page } = open;
    // The second view, as in the test above: font-display optional.
    await page.goto(`${origin}/${locale}/`);
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    await gotoEnhanced(page, `${origin}/${locale}/`);
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    // The first step whose frame shows a panel label: read there, so that the panel shows it.
    const labelled = await page.evaluate(
      () => document.querySelector('.panel .g-label')?.closest<HTMLElement>('[data-on]')?.dataset.on?.split(' ')[0],
    );
    for (const selector of ['h1', `#${labelled}-heading`, '.panel .g-label >> visible=true']) {
      const element = page.locator(selector).first();
      await element.scrollIntoViewIfNeeded();
      if (selector !== 'h1') await page.waitForSelector(`.panel[data-state="${labelled}"]`);
      const shot = () => element.screenshot({ animations: 'disabled' });
      // Through the CSSOM: the page's CSP refuses style attributes.
      const style = (property: 'fontSynthesisWeight' | 'fontWeight', value: string) =>
        element.evaluate((e, [p, v]) => ((e as HTMLElement).style[p as 'fontWeight'] = v!), [property, value]);
      const weight = Number(await element.evaluate((e) => getComputedStyle(e).fontWeight));
      expect(weight, selector).toBeGreaterThanOrEqual(600);
      const asDrawn = await shot();
      await style('fontSynthesisWeight', 'none');
      expect(Buffer.compare(await shot(), asDrawn), `${selector}: its bold was synthesised`).toBe(0);
      await style('fontSynthesisWeight', '');
      await style('fontWeight', '400');
      const regular = await shot();
      await style('fontWeight', '');
      expect(ink(asDrawn) / ink(regular), `${selector}: bold no heavier than regular`).toBeGreaterThan(1.15);
    }
  });
});

describe('The Khmer webfont arriving late', () => {
  // Where every block of the page starts, and how tall the page is: what a reader would see
  // jump. (A last paragraph may gain or lose a line inside its fixed-height card; nothing moves.)
  const blocks = (page: Page) =>
    page.evaluate(() =>
      [...document.querySelectorAll('h1, h2, p, li, .step, aside, footer')]
        .map((e) => {
          const r = e.getBoundingClientRect();
          return `${e.tagName}.${e.className} ${Math.round(r.top + scrollY)}`;
        })
        .concat(`page height ${document.documentElement.scrollHeight}`),
    );
  it.for(VIEWPORTS)('moves nothing when it swaps in, at $name', async (viewport, ctx) => {
    open = await openPage(browser(), { viewport });
    const { page } = open;
    // A slow network, made deterministic: the font is held until the first layout is measured.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\.woff2$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.addInitScript(() => {
      const w = window as unknown as { shifted: number };
      w.shifted = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as unknown as { value: number }[]) w.shifted += e.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(`${origin}/${TRANSLATED}/`, { waitUntil: 'domcontentloaded' });
    const fallbackInstalled = await page.evaluate(() =>
      new FontFace('probe', 'local("Khmer OS")').load().then(
        () => true,
        () => false,
      ),
    );
    // Metrics exist for the fonts in scripts/build/khmer-fallback-fonts.json (fonts-khmeros).
    if (!fallbackInstalled) ctx.skip('no Khmer OS font on this machine: apt-get install fonts-khmeros');
    await page.waitForSelector('html[data-enhanced]', { state: 'attached' });
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

    const webfontStatus = () =>
      page.evaluate(() => [...document.fonts].find((f) => f.family.replace(/"/g, '') === 'Noto Sans Khmer')?.status);
    expect(await webfontStatus()).toBe('loading');
    expect(await platformFontsOf(page, 'h1')).toEqual(['Khmer OS']);
    const before = await blocks(page);
    const shiftedBefore = await page.evaluate(() => (window as unknown as { shifted: number }).shifted);

    release();
    await page.evaluate(() => document.fonts.ready.then(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))));
    expect(await webfontStatus()).toBe('loaded');
    // font-display: optional: a font that missed the first paint waits for the next page.
    expect(await platformFontsOf(page, 'h1')).toEqual(['Khmer OS']);
    expect(await blocks(page)).toEqual(before);
    const shiftedAfter = await page.evaluate(() => (window as unknown as { shifted: number }).shifted);
    expect(shiftedAfter - shiftedBefore).toBeLessThan(0.001);
  });
});
