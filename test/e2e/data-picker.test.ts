// The data page's figure picker on a phone: a closed <select> cuts a long option at its end, so
// each option leads with when its figure holds, and that much fits in the box.
import { afterEach, describe, expect, it } from 'vitest';
import { shareableFigures } from '../../worker/content';
import { figureWhen } from '../../worker/i18n/format-figure';
import { LOCALES } from '../../worker/i18n/locales';
import { gotoEnhanced, openPage, useBrowser, type WatchedPage } from './page';

const { browser, origin } = useBrowser();
let open: WatchedPage | undefined;
afterEach(async () => {
  expect(open?.errors ?? []).toEqual([]);
  await open?.close();
  open = undefined;
});

describe.each(LOCALES)('/%s/data at 320 and 360 px', (locale) => {
  it.each([320, 360])('at %i px each option shows its period or year before it is cut', async (width) => {
    open = await openPage(browser(), { viewport: { width, height: 740 } });
    const { page } = open;
    await gotoEnhanced(page, `${origin}/${locale}/data`);
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    const options = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('select[name="figure"] option')].map((o) => ({
        value: o.getAttribute('value'),
        text: o.textContent ?? '',
      })),
    );
    expect(options.map((o) => o.value)).toEqual(shareableFigures.map((f) => f.id));
    const widths = await page.evaluate(
      (prefixes) => {
        const select = document.querySelector<HTMLElement>('select[name="figure"]')!;
        const style = getComputedStyle(select);
        const canvas = document.createElement('canvas').getContext('2d')!;
        canvas.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
        const room = select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 1.5 * parseFloat(style.fontSize);
        return { room, prefixes: prefixes.map((p) => canvas.measureText(p).width) };
      },
      shareableFigures.map((f) => figureWhen(f, locale)),
    );
    for (const [i, f] of shareableFigures.entries()) {
      expect(options[i]!.text.startsWith(figureWhen(f, locale)), f.id).toBe(true);
      expect(widths.prefixes[i], f.id).toBeLessThan(widths.room);
    }
  });
});
