// The sticky graphic as readers see it, for every step, at eight phone sizes and a desktop, in
// every language: the right scene; every text and mark inside the panel, below the masthead and
// above the controls bar; no two labels overlapping; readable sizes and contrast; dots large
// enough to see; and without JavaScript, a still picture for every step.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { steps } from '../../worker/content';
import { LOCALES, localeInfo } from '../../worker/i18n/locales';
import { DOT } from '../../worker/graphic/dot-array';
import { openPage, PHONE_VIEWPORTS, useBrowser, VIEWPORTS, type WatchedPage, gotoEnhanced } from './page';

const { browser, origin } = useBrowser();
const stepIds = steps.map((s) => s.id);

interface PanelReport {
  state: string | undefined;
  scenes: { on: string[]; visible: boolean }[];
  texts: { text: string; fontSize: number; contrast: number; opacity: number; rects: { x: number; y: number; w: number; h: number }[] }[];
  panel: { x: number; y: number; w: number; h: number };
  content: { x: number; y: number; w: number; h: number } | null;
  /** The drawn dots of an array scene, if one shows, and a dot's diameter in CSS px. */
  dots: { x: number; y: number; w: number; h: number; diameter: number } | null;
  /** Every visible mark (an <svg>) of the panel. */
  marks: { x: number; y: number; w: number; h: number }[];
  /** The masthead's bottom edge and the controls bar's top edge, the panel's limits on screen. */
  mastheadBottom: number;
  controlsTop: number;
}

/** Everything the tests judge, measured in the page: text boxes, sizes, colours, extents. */
function measurePanel(page: Page): Promise<PanelReport> {
  return page.evaluate((dot) => {
    const panel = document.querySelector<HTMLElement>('.panel')!;
    const box = (r: DOMRect) => ({ x: r.x, y: r.y, w: r.width, h: r.height });
    const shown = (el: Element) => {
      if (getComputedStyle(el).visibility !== 'visible') return false;
      for (let e: Element | null = el; e && e !== panel.parentElement; e = e.parentElement) {
        const cs = getComputedStyle(e);
        if (cs.display === 'none' || Number(cs.opacity) === 0) return false;
      }
      return true;
    };
    const opacityOf = (el: Element) => {
      let o = 1;
      for (let e: Element | null = el; e && e !== panel.parentElement; e = e.parentElement) o *= Number(getComputedStyle(e).opacity);
      return o;
    };
    const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number);
    const luminance = ([r = 0, g = 0, b = 0]: number[]) => {
      const lin = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
      return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
    };
    const background = (el: Element) => {
      for (let e: Element | null = el; e; e = e.parentElement) {
        const c = rgb(getComputedStyle(e).backgroundColor);
        if (c.length >= 3 && (c[3] ?? 1) > 0) return c;
      }
      return [255, 255, 255];
    };
    const contrast = (el: Element) => {
      const cs = getComputedStyle(el);
      const fg = rgb(el instanceof SVGElement ? cs.fill : cs.color);
      const [a, b] = [luminance(fg), luminance(background(el))].sort((x, y) => y - x);
      return (a! + 0.05) / (b! + 0.05);
    };

    const texts: PanelReport['texts'] = [];
    const walker = document.createTreeWalker(panel, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      if (!el || !node.textContent?.trim() || !shown(el)) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const rects = [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0).map(box);
      if (rects.length === 0) continue;
      texts.push({
        text: node.textContent.trim(),
        fontSize: parseFloat(getComputedStyle(el).fontSize),
        contrast: contrast(el),
        opacity: opacityOf(el),
        rects,
      });
    }
    const marks = [...panel.querySelectorAll('svg')]
      .filter((s) => shown(s) && !s.classList.contains('g-defs'))
      .map((s) => box(s.getBoundingClientRect()))
      .filter((r) => r.w > 0 && r.h > 0);
    const all = [...texts.flatMap((t) => t.rects), ...marks];
    const content = all.length
      ? (() => {
          const [x, y] = [Math.min(...all.map((r) => r.x)), Math.min(...all.map((r) => r.y))];
          return { x, y, w: Math.max(...all.map((r) => r.x + r.w)) - x, h: Math.max(...all.map((r) => r.y + r.h)) - y };
        })()
      : null;
    return {
      state: panel.dataset.state,
      scenes: [...panel.querySelectorAll<HTMLElement>('.panel__stage > .scene')].map((s) => ({
        on: (s.dataset.on ?? '').split(' '),
        visible: shown(s),
      })),
      texts,
      panel: box(panel.getBoundingClientRect()),
      content,
      dots: (() => {
        const svg = [...panel.querySelectorAll<SVGSVGElement>('.scene__dots')].find(shown);
        if (!svg) return null;
        const r = svg.getBoundingClientRect();
        const vb = svg.viewBox.baseVal;
        return { ...box(r), diameter: dot * Math.min(r.width / vb.width, r.height / vb.height) };
      })(),
      marks,
      mastheadBottom: document.querySelector('.masthead')!.getBoundingClientRect().bottom,
      controlsTop: (() => {
        const controls = document.querySelector('.controls');
        return controls && getComputedStyle(controls).visibility === 'visible' ? controls.getBoundingClientRect().top : innerHeight;
      })(),
    };
  }, DOT);
}

/** Two line boxes overlap when their glyphs would: line boxes are inset by a fifth of their height, as a font's content box runs past its line. */
function overlap(a: { x: number; y: number; w: number; h: number }, b: typeof a): boolean {
  const inset = (r: typeof a) => ({ x1: r.x, x2: r.x + r.w, y1: r.y + r.h * 0.2, y2: r.y + r.h * 0.8 });
  const [p, q] = [inset(a), inset(b)];
  return Math.min(p.x2, q.x2) - Math.max(p.x1, q.x1) > 1 && Math.min(p.y2, q.y2) - Math.max(p.y1, q.y1) > 1;
}

describe.each(LOCALES)('the graphic in /%s/', (locale) => {
  // A script with its own webfont is set a size larger in the graphic (client/styles/graphic.css).
  const minSize = localeInfo(locale).webfont ? 16 : 15;

  describe.each([...PHONE_VIEWPORTS, ...VIEWPORTS.filter((v) => v.width > 600)])('at $name ($width×$height)', (viewport) => {
    let open: WatchedPage;
    beforeAll(async () => {
      // Reduced motion shows each scene's final state at once, so nothing here waits on time.
      open = await openPage(browser(), { viewport, reducedMotion: 'reduce' });
      await gotoEnhanced(open.page, `${origin}/${locale}/`);
    });
    afterAll(async () => {
      expect(open.errors).toEqual([]);
      await open.close();
    });

    it.each(stepIds)('%s: its scene, labels clear of each other, readable, filling the panel', async (id) => {
      const { page } = open;
      await page.evaluate((step) => document.getElementById(step)!.scrollIntoView({ block: 'start' }), id);
      await page.waitForFunction((want) => document.querySelector<HTMLElement>('.panel')?.dataset.state === want, id, { timeout: 10_000 });
      const report = await measurePanel(page);

      const visible = report.scenes.filter((s) => s.visible);
      expect(visible).toHaveLength(1);
      expect(visible[0]!.on).toContain(id);
      expect(report.texts.length).toBeGreaterThan(0);

      const { panel } = report;
      for (const t of report.texts) {
        expect(t.fontSize, t.text).toBeGreaterThanOrEqual(minSize);
        expect(t.contrast, t.text).toBeGreaterThanOrEqual(4.5);
        expect(t.opacity, `${t.text} is dimmed by opacity`).toBe(1);
        for (const r of t.rects) {
          // Inside the panel: nothing is cut off at its edges.
          expect(r.y, `${t.text} starts above the panel`).toBeGreaterThanOrEqual(panel.y - 1);
          expect(r.y + r.h, `${t.text} runs below the panel`).toBeLessThanOrEqual(panel.y + panel.h + 1);
          expect(r.x, t.text).toBeGreaterThanOrEqual(panel.x - 1);
          expect(r.x + r.w, t.text).toBeLessThanOrEqual(panel.x + panel.w + 1);
        }
      }
      // The panel's limits on screen: under the masthead, above the controls bar.
      const [top, bottom] = [Math.max(panel.y, report.mastheadBottom), Math.min(panel.y + panel.h, report.controlsTop)];
      for (const t of report.texts) {
        for (const r of t.rects) {
          expect(r.y, `${t.text} is under the masthead`).toBeGreaterThanOrEqual(top - 1);
          expect(r.y + r.h, `${t.text} is under the controls bar`).toBeLessThanOrEqual(bottom + 1);
        }
      }
      for (const m of report.marks) {
        expect(m.y, `a mark at ${Math.round(m.y)} px starts above the panel`).toBeGreaterThanOrEqual(top - 1);
        expect(m.y + m.h, `a mark ending at ${Math.round(m.y + m.h)} px runs below the panel`).toBeLessThanOrEqual(bottom + 1);
        expect(m.x, 'a mark starts left of the panel').toBeGreaterThanOrEqual(panel.x - 1);
        expect(m.x + m.w, 'a mark runs right of the panel').toBeLessThanOrEqual(panel.x + panel.w + 1);
      }
      const lines = report.texts.flatMap((t, i) => t.rects.map((r) => ({ i, r, text: t.text })));
      for (const a of lines) {
        for (const b of lines) {
          if (a.i < b.i && overlap(a.r, b.r)) expect.fail(`"${a.text}" overlaps "${b.text}"`);
        }
      }
      // An array is drawn large enough to see its groups: at least a third of the panel's height.
      if (report.dots) {
        expect(report.dots.h, 'height of the dots').toBeGreaterThanOrEqual(panel.h / 3);
        // Each dot large enough to see on a phone: 4 px across at the least.
        expect(report.dots.diameter, 'a dot, in CSS px').toBeGreaterThanOrEqual(4);
      }
      const filled = (report.content!.w * report.content!.h) / (panel.w * panel.h);
      expect(filled, `content fills ${Math.round(filled * 100)}% of the panel`).toBeGreaterThanOrEqual(0.5);
    });
  });

  it('without JavaScript, every step shows a still picture of its frame, and the panel stays hidden', async () => {
    const open = await openPage(browser(), { viewport: { width: 390, height: 844 }, javaScriptEnabled: false });
    try {
      const { page } = open;
      await page.goto(`${origin}/${locale}/`);
      expect(await page.locator('.panel').isVisible()).toBe(false);
      for (const id of stepIds) {
        const picture = page.locator(`#${id} .step__picture`);
        await picture.scrollIntoViewIfNeeded();
        expect(await picture.isVisible(), id).toBe(true);
        // A frame of figures is drawn; a frame of statements is a list.
        const drawn = steps.find((s) => s.id === id)!.figures.length > 0;
        expect(await picture.locator(drawn ? 'svg' : 'li').count(), id).toBeGreaterThan(0);
        const box = await picture.boundingBox();
        expect(box!.height, id).toBeGreaterThan(100);
      }
      expect(open.errors).toEqual([]);
    } finally {
      await open.close();
    }
  });

  it('with JavaScript, the still pictures are hidden, so no frame is seen twice', async () => {
    const open = await openPage(browser(), { viewport: { width: 390, height: 844 } });
    try {
      await gotoEnhanced(open.page, `${origin}/${locale}/`);
      const shown = await open.page.$$eval('.step__picture', (els) => els.filter((el) => getComputedStyle(el).display !== 'none').length);
      expect(shown).toBe(0);
      expect(await open.page.locator('.step__picture').count()).toBe(stepIds.length);
    } finally {
      await open.close();
    }
  });
});
