// The frame that builds: as its step's card rises, each sub-step shows exactly the statements up
// to it, in order; a reader who jumps to the step (a link, the controls) sees them all.
import { afterEach, describe, expect, it } from 'vitest';
import { LOCALES } from '../../worker/i18n/locales';
import { buildPanelModel } from '../../worker/views/panel-model';
import { gotoEnhanced, openPage, useBrowser, type WatchedPage } from './page';

const { browser, origin } = useBrowser();
let open: WatchedPage | undefined;
afterEach(async () => {
  expect(open?.errors ?? []).toEqual([]);
  await open?.close();
  open = undefined;
});

const building = buildPanelModel()
  .filter(({ frame }) => frame.kind === 'changed')
  .map(({ step }) => step);

describe.each(LOCALES)('/%s/', (locale) => {
  it.each(building.flatMap((step) => ['360x740', '390x844'].map((size) => ({ step, size }))))(
    '$step at $size: each sub-step shows exactly the statements up to it',
    async ({ step, size }) => {
      const [width, height] = size.split('x').map(Number) as [number, number];
      open = await openPage(browser(), { viewport: { width, height }, reducedMotion: 'reduce' });
      const { page } = open;
      await gotoEnhanced(page, `${origin}/${locale}/#${step}`);
      const shown = () =>
        page.evaluate((id) => {
          const items = [...document.querySelectorAll<HTMLElement>(`.panel [data-on~="${id}"] [data-build] > *`)];
          return items.map((li) => getComputedStyle(li).visibility === 'visible' && Number(getComputedStyle(li).opacity) > 0.99);
        }, step);
      // Opened from its link, the step rests at its scroll margin: the whole build shows.
      await page.waitForFunction((id) => document.querySelector<HTMLElement>('.panel')?.dataset.state === id, step);
      const all = await shown();
      expect(all.length).toBeGreaterThan(1);
      await page.waitForFunction(() => document.querySelector<HTMLElement>('[data-build]')?.dataset.beat !== undefined);
      expect(await shown()).toEqual(all.map(() => true));

      for (let beat = 1; beat <= all.length; beat++) {
        // The card's top at the middle of the beat's stretch between the start line and the rest line.
        await page.evaluate(
          ({ id, beat, count }) => {
            const el = document.getElementById(id)!;
            const start = window.innerHeight * 0.7;
            const rest =
              parseFloat(getComputedStyle(el).scrollMarginTop) +
              (parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop) || 0);
            const want = start - ((beat - 0.5) / count) * (start - rest);
            window.scrollBy(0, el.getBoundingClientRect().top - want);
          },
          { id: step, beat, count: all.length },
        );
        await page.waitForFunction(
          ({ id, beat }) =>
            document.querySelector<HTMLElement>('.panel')?.dataset.state === id &&
            document.querySelector<HTMLElement>('[data-build]')?.dataset.beat === String(beat),
          { id: step, beat },
        );
        expect(await shown(), `beat ${beat}`).toEqual(all.map((_, i) => i < beat));
      }
    },
  );
});
