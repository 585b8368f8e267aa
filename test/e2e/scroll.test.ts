import { afterEach, describe, expect, it } from 'vitest';
import { LOCALES } from '../../worker/i18n/locales';
import { openPage, scrollThrough, useBrowser, VIEWPORTS, type WatchedPage, gotoEnhanced } from './page';

const { browser, origin } = useBrowser();
let open: WatchedPage | undefined;
afterEach(async () => {
  await open?.close();
  open = undefined;
});

async function activeState(p: WatchedPage) {
  return p.page.evaluate(() => ({
    current: [...document.querySelectorAll('[aria-current="step"]')].map((el) => (el as HTMLElement).dataset.step),
    panel: (document.querySelector('.panel') as HTMLElement | null)?.dataset.state,
  }));
}

describe.each(LOCALES)('scrolling /%s/', (locale) => {
  describe.each(VIEWPORTS)('at $name ($width×$height)', (viewport) => {
    it('activates every step in order going down, and in reverse going up', async () => {
      open = await openPage(browser(), { viewport });
      const { page } = open;
      await gotoEnhanced(page, `${origin}/${locale}/`);
      const stepIds = await page.$$eval('[data-step]', (els) => els.map((el) => (el as HTMLElement).dataset.step ?? ''));
      expect(stepIds.length).toBeGreaterThan(5);

      const seenDown: string[] = [];
      await scrollThrough(page, 'down', async () => {
        const { current, panel } = await activeState(open!);
        expect(current.length).toBeLessThanOrEqual(1);
        const id = current[0];
        if (id) {
          expect(panel).toBe(id);
          if (seenDown.at(-1) !== id) seenDown.push(id);
        }
      });
      expect(seenDown).toEqual(stepIds);

      const seenUp: string[] = [];
      await scrollThrough(page, 'up', async () => {
        const id = (await activeState(open!)).current[0];
        if (id && seenUp.at(-1) !== id) seenUp.push(id);
      });
      expect(seenUp).toEqual([...stepIds].reverse());
      expect(open.errors).toEqual([]);
    });
  });
});
