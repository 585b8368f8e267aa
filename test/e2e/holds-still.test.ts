// Nothing moves under the reader: a full read with the mouse wheel, motion on, on a phone, adds
// no layout shift at all (the browser's own measure, PerformanceObserver 'layout-shift').
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../worker/i18n/locales';
import { gotoEnhanced, openPage, settleFrames, useBrowser } from './page';

const { browser, origin } = useBrowser();

interface Shifts {
  value: number;
  moved: string[];
}

describe.each(LOCALES)('/%s/ read with the wheel at 360×740, motion on', (locale) => {
  it('shifts no layout from the first screen to the end', async () => {
    const open = await openPage(browser(), { viewport: { width: 360, height: 740 }, reducedMotion: 'no-preference' });
    try {
      const { page } = open;
      await page.addInitScript(() => {
        const w = window as unknown as { shifts: Shifts };
        w.shifts = { value: 0, moved: [] };
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as unknown as { value: number; sources: { node?: Node }[] }[]) {
            w.shifts.value += entry.value;
            for (const s of entry.sources) w.shifts.moved.push((s.node as Element | undefined)?.outerHTML?.slice(0, 100) ?? '?');
          }
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await gotoEnhanced(page, `${origin}/${locale}/`);
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      await page.mouse.move(180, 500);
      for (let guard = 0; guard < 1000; guard++) {
        await page.mouse.wheel(0, 120);
        await settleFrames(page);
        const atEnd = await page.evaluate(() => scrollY >= document.documentElement.scrollHeight - innerHeight - 1);
        if (atEnd) break;
      }
      // The last scene's transition ends.
      await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined))));
      const shifts = await page.evaluate(() => (window as unknown as { shifts: Shifts }).shifts);
      expect(shifts.value, shifts.moved.join('\n')).toBe(0);
      expect(open.errors).toEqual([]);
    } finally {
      await open.close();
    }
  });
});
