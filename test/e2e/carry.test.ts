// A drawing two neighbouring frames share is carried, not faded: when the reader moves to the next
// step, it starts where they last saw it (the same box on screen, fully visible) and ends in its
// own place. Reduced motion moves nothing.
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { steps } from '../../worker/content';
import { LOCALES } from '../../worker/i18n/locales';
import { gotoEnhanced, openPage, useBrowser, type WatchedPage } from './page';

const { browser, origin } = useBrowser();
let open: WatchedPage | undefined;
afterEach(async () => {
  expect(open?.errors ?? []).toEqual([]);
  await open?.close();
  open = undefined;
});

type Box = { key: string; scene: number; x: number; y: number; width: number; opacity: number };

/** Each figure the panel shows now: where its drawing is, in which scene, and how visible. */
const drawings = (page: Page): Promise<Box[]> =>
  page.evaluate(() => {
    const panel = document.querySelector('.panel')!;
    const scenes = [...panel.querySelectorAll('.panel__stage > .part')];
    return [...panel.querySelectorAll<HTMLElement>('[data-carry]')].map((el) => {
      // Where the dots are drawn: the viewBox fitted, centred, into the <svg>'s box.
      const svg = (el as unknown as SVGElement).ownerSVGElement ?? (el as unknown as SVGSVGElement);
      const box = svg.getBoundingClientRect();
      const vb = svg.viewBox.baseVal;
      const fit = Math.min(box.width / vb.width, box.height / vb.height);
      const r = { x: box.x + (box.width - vb.width * fit) / 2, y: box.y + (box.height - vb.height * fit) / 2, width: vb.width * fit };
      const scene = scenes.findIndex((s) => s.contains(el));
      let opacity = 1;
      for (let p: Element | null = el; p && p !== panel; p = p.parentElement) opacity *= Number(getComputedStyle(p).opacity);
      return { key: el.dataset.carry!, scene, x: r.x, y: r.y, width: r.width, opacity };
    });
  });

async function goTo(page: Page, id: string, paused: boolean): Promise<void> {
  await page.evaluate((step) => document.getElementById(step)!.scrollIntoView({ block: 'start' }), id);
  await page.waitForFunction((step) => document.querySelector<HTMLElement>('.panel')?.dataset.state === step, id);
  await page.evaluate((hold) => {
    for (const a of document.getAnimations()) {
      if (!hold) continue;
      a.pause();
      a.currentTime = 0;
    }
  }, paused);
}

const finish = (page: Page) =>
  page.evaluate(() => Promise.all(document.getAnimations().map((a) => (a.finish(), a.finished))).then(() => undefined));

const pairs = steps.slice(1).flatMap((step, i) => [
  { from: steps[i]!.id, to: step.id },
  { from: step.id, to: steps[i]!.id },
]);

describe.each(LOCALES)('/%s/', (locale) => {
  it('a drawing shared by neighbouring frames starts where the reader saw it and ends in its place', async () => {
    open = await openPage(browser(), { viewport: { width: 390, height: 844 }, reducedMotion: 'no-preference' });
    const { page } = open;
    await gotoEnhanced(page, `${origin}/${locale}/`);
    let carried = 0;
    for (const { from, to } of pairs) {
      await goTo(page, from, false);
      await finish(page);
      const before = (await drawings(page)).filter((d) => d.opacity === 1);
      await goTo(page, to, true);
      const start = await drawings(page);
      await finish(page);
      const end = await drawings(page);
      for (const was of before) {
        const now = end.find((d) => d.key === was.key && d.scene !== was.scene && d.opacity === 1);
        if (!now) continue;
        carried++;
        const at = `${from} → ${to}, ${was.key}`;
        // The same element as it was when the change began.
        const first = start[end.indexOf(now)]!;
        expect(Math.abs(first.x - was.x), at).toBeLessThan(1);
        expect(Math.abs(first.y - was.y), at).toBeLessThan(1);
        expect(Math.abs(first.width - was.width), at).toBeLessThan(1);
        expect(first.opacity, at).toBe(1);
        // The scene it left is gone at once: one drawing of a figure on screen, never two.
        expect(
          start.filter((d) => d.key === was.key && d.opacity > 0).map((d) => d.scene),
          at,
        ).toEqual([now.scene]);
      }
    }
    // The fall grows out of the array before it, and back: at least one figure each way.
    expect(carried).toBeGreaterThanOrEqual(2);
  });

  it('with reduced motion, a frame change starts no animation', async () => {
    open = await openPage(browser(), { viewport: { width: 390, height: 844 }, reducedMotion: 'reduce' });
    const { page } = open;
    await gotoEnhanced(page, `${origin}/${locale}/`);
    for (const { from, to } of pairs.filter((_, i) => i % 2 === 0)) {
      await goTo(page, from, false);
      await goTo(page, to, false);
      expect(await page.evaluate(() => document.getAnimations().filter((a) => a.playState === 'running').length), `${from} → ${to}`).toBe(
        0,
      );
    }
  });
});
