// Messengers cut shared links mid-escape. A fragment that cannot be decoded names no step: the
// story still enhances, opens at the top, and follows the reader from there.
import { afterEach, describe, expect, it } from 'vitest';
import { steps } from '../../worker/content';
import { LOCALES } from '../../worker/i18n/locales';
import { gotoEnhanced, openPage, useBrowser, type WatchedPage } from './page';

const { browser, origin } = useBrowser();
let open: WatchedPage | undefined;
afterEach(async () => {
  await open?.close();
  open = undefined;
});

const first = steps[0]?.id ?? '';
const MALFORMED = ['#%', '#%E0%A4%A', '#%ZZ', '#step-%'];

describe.each(LOCALES)('/%s/ with a malformed fragment', (locale) => {
  it.each(MALFORMED)('%s: enhances, opens at the top and activates the first step', async (fragment) => {
    open = await openPage(browser(), { viewport: { width: 390, height: 844 } });
    const { page } = open;
    await gotoEnhanced(page, `${origin}/${locale}/${fragment}`);
    expect(await page.evaluate(() => document.documentElement.hasAttribute('data-enhanced'))).toBe(true);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    await page.waitForFunction((id) => document.querySelector<HTMLElement>('.panel')?.dataset.state === id, first);

    // The reader scrolls to the first step; the enhanced story follows.
    await page.evaluate((id) => document.querySelector(`[data-step="${id}"]`)?.scrollIntoView({ block: 'start' }), first);
    await page.waitForFunction((id) => document.querySelector<HTMLElement>('[aria-current="step"]')?.dataset.step === id, first, {
      timeout: 10_000,
    });
    await page.waitForFunction((id) => location.hash === `#${id}`, first, { timeout: 10_000 });
    expect(open.errors).toEqual([]);
  });
});
