// The picture says the number. For every frame of the graphic that draws dots, in every language,
// the test screenshots the dots, counts the warm and the dark ones in the pixels, and holds the
// counts to the natural frequency the frame's label states. It reads the picture, not the markup:
// on 2026-12-05 the markup was right and the screen showed 2012's 82 warm dots under "2015: 22".
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findFigure, type Figure } from '../../worker/content';
import { DOT } from '../../worker/graphic/dot-array';
import { formatNumber } from '../../worker/i18n/format-number';
import { LOCALES, type Locale } from '../../worker/i18n/locales';
import { formatNaturalFrequency, naturalFrequency, type NaturalFrequency } from '../../worker/i18n/natural-frequency';
import { buildPanelModel } from '../../worker/views/panel-model';
import { gotoEnhanced, openPage, useBrowser, type WatchedPage } from './page';
import { dotsOf, findMarks, parseColour, type Rgb } from './pixels';

const { browser, origin } = useBrowser();
const DPR = 2;

function frequency(id: string): NaturalFrequency {
  const f = findFigure(id) as Figure;
  if (typeof f.value !== 'number') throw new TypeError(`${id} is a range`);
  return naturalFrequency(f.value, f.decimals);
}

/** What a frame's labels state: the coloured dots (minors) and, among them, the dark ones. */
interface Stated {
  minors: NaturalFrequency;
  young?: NaturalFrequency;
}

/** Every frame that draws dots, with what each of its arrays must show, from the data. */
const framesWithDots = buildPanelModel().flatMap(({ step, frame }) => {
  if (frame.kind === 'array') {
    return [{ step, arrays: [{ minors: frequency(frame.minors), young: frame.young ? frequency(frame.young) : undefined } as Stated] }];
  }
  if (frame.kind === 'fall') {
    const change = findFigure(frame.figure)!;
    return [{ step, arrays: [{ minors: frequency(change.derived!.from) }, { minors: frequency(change.derived!.to) }] as Stated[] }];
  }
  return [];
});

/** A count matches a stated frequency within one dot; "about 7 or 8" allows 6 to 9. */
function within(count: number, nf: NaturalFrequency): boolean {
  const [low, high] = nf.kind === 'between' ? [nf.low, nf.high] : [nf.count, nf.count];
  return count >= low - 1 && count <= high + 1;
}

const plain = (s: string) => s.replace(/[\u200b\u2060]/g, '').replace(/\u00a0/g, ' ');

interface Drawn {
  warm: number;
  dark: number;
}

/** Screenshots each visible dot array of the panel and counts its warm and dark dots. */
async function countDrawnDots(page: Page): Promise<Drawn[]> {
  const arrays = page.locator('.panel svg.dots').filter({ visible: true });
  const { palette, diameters } = await page.evaluate((dot) => {
    const panel = document.querySelector<HTMLElement>('.panel')!;
    const cs = getComputedStyle(panel);
    const shown = [...panel.querySelectorAll<SVGSVGElement>('svg.dots')].filter((s) =>
      s.checkVisibility({ visibilityProperty: true, opacityProperty: true }),
    );
    return {
      palette: {
        paper: cs.backgroundColor,
        neutral: cs.getPropertyValue('--dot'),
        warm: cs.getPropertyValue('--warm'),
        dark: cs.getPropertyValue('--warm-dark'),
        ink: cs.color,
      },
      // A dot's diameter on screen: the SVG scales its viewBox to fit its box.
      diameters: shown.map((s) => {
        const r = s.getBoundingClientRect();
        const vb = s.viewBox.baseVal;
        return dot * Math.min(r.width / vb.width, r.height / vb.height);
      }),
    };
  }, DOT);
  const colours = Object.fromEntries(Object.entries(palette).map(([k, v]) => [k, parseColour(v)])) as Record<string, Rgb>;
  const count = await arrays.count();
  expect(count, 'visible dot arrays').toBe(diameters.length);
  const drawn: Drawn[] = [];
  for (let i = 0; i < count; i++) {
    const png = await arrays.nth(i).screenshot({ animations: 'disabled' });
    const { blobs } = findMarks(png, colours);
    const diameter = diameters[i]! * DPR;
    drawn.push({ warm: dotsOf(blobs.warm!, diameter).length, dark: dotsOf(blobs.dark!, diameter).length });
  }
  return drawn;
}

async function settle(page: Page, step: string): Promise<void> {
  await page.evaluate((id) => document.getElementById(id)!.scrollIntoView({ block: 'start' }), step);
  await page.waitForFunction((id) => document.querySelector<HTMLElement>('.panel')?.dataset.state === id, step, { timeout: 10_000 });
  // Every transition of the panel has ended: what is drawn now is what the reader is left with.
  await page.evaluate(async () => {
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    await Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined)));
  });
}

function checkFrame(locale: Locale, step: string, arrays: Stated[], drawn: Drawn[], labels: string): void {
  expect(drawn, `${step}: arrays drawn`).toHaveLength(arrays.length);
  arrays.forEach((stated, i) => {
    const { warm, dark } = drawn[i]!;
    // The label states the frequency the dots must show: in full over one array, as a count beside
    // each of two.
    const minorsText =
      arrays.length > 1 && stated.minors.kind !== 'between'
        ? formatNumber(stated.minors.count, locale)
        : formatNaturalFrequency(stated.minors, locale);
    expect(labels, `${step}: the label states ${minorsText}`).toContain(plain(minorsText));
    expect(
      within(warm + dark, stated.minors),
      `${step} array ${i + 1}: ${warm + dark} coloured dots drawn, the label says ${minorsText}`,
    ).toBe(true);
    const young = stated.young;
    if (young) {
      const youngText = formatNaturalFrequency(young, locale);
      expect(labels, `${step}: the label states ${youngText}`).toContain(plain(youngText));
      expect(within(dark, young), `${step}: ${dark} dark dots drawn, label says ${youngText}`).toBe(true);
    } else {
      expect(dark, `${step} array ${i + 1}: no dark dots`).toBe(0);
    }
  });
}

const visibleLabels = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.panel .scene__labels.is-on, .panel .scene.is-on .g-fall__year')]
      .map((e) => e.textContent ?? '')
      .join(' | ')
      .replace(/[\u200b\u2060]/g, '')
      .replace(/\u00a0/g, ' '),
  );

describe.each(LOCALES)('the dots drawn in /%s/ match the labels', (locale) => {
  for (const [viewport, motion] of [
    [{ width: 360, height: 740 }, 'reduce'],
    [{ width: 390, height: 844 }, 'reduce'],
    [{ width: 360, height: 740 }, 'no-preference'],
  ] as const) {
    describe(`at ${viewport.width}×${viewport.height}, motion ${motion === 'reduce' ? 'reduced' : 'on'}`, () => {
      let open: WatchedPage;
      beforeAll(async () => {
        open = await openPage(browser(), { viewport, deviceScaleFactor: DPR, reducedMotion: motion });
        await gotoEnhanced(open.page, `${origin}/${locale}/`);
      });
      afterAll(async () => {
        expect(open.errors).toEqual([]);
        await open.close();
      });

      // In story order, as a reader meets them: each frame after the one before it.
      it.each(framesWithDots)('$step', async ({ step, arrays }) => {
        await settle(open.page, step);
        checkFrame(locale, step, arrays, await countDrawnDots(open.page), await visibleLabels(open.page));
      });
    });
  }

  it('a frame opened from its own link shows its own dots', async () => {
    const open = await openPage(browser(), { viewport: { width: 360, height: 740 }, deviceScaleFactor: DPR, reducedMotion: 'reduce' });
    try {
      for (const { step, arrays } of framesWithDots.slice().reverse()) {
        await open.page.goto('about:blank');
        await gotoEnhanced(open.page, `${origin}/${locale}/#${step}`);
        await settle(open.page, step);
        checkFrame(locale, step, arrays, await countDrawnDots(open.page), await visibleLabels(open.page));
      }
      expect(open.errors).toEqual([]);
    } finally {
      await open.close();
    }
  });
});

describe('the dot counter', () => {
  it('counts what it is shown: a picture of the 2012 array in 2015 fails', () => {
    const stated = { minors: frequency('minors-2015') };
    expect(within(82, stated.minors)).toBe(false);
    expect(within(22, stated.minors)).toBe(true);
    expect(within(23, stated.minors)).toBe(true);
  });
});
