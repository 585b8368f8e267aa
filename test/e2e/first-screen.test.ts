// The first screen on a phone: the content note straight under the headline, the place (frame 0,
// the country's quiet outline) in view, the site's name whole in the masthead beside Share and the
// language switch (a menu from three languages), and no controls bar until the story's first step starts.
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../worker/i18n/locales';
import { gotoEnhanced, openPage, useBrowser } from './page';

const { browser, origin } = useBrowser();

describe.each(LOCALES)('the first screen of /%s/', (locale) => {
  it.each([
    { width: 320, height: 640 },
    { width: 360, height: 740 },
    { width: 390, height: 844 },
  ])('at $width×$height', async (viewport) => {
    const open = await openPage(browser(), { viewport, reducedMotion: 'reduce' });
    try {
      const { page } = open;
      await gotoEnhanced(page, `${origin}/${locale}/`);
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      const first = await page.evaluate(() => {
        const box = (sel: string) => {
          const r = document.querySelector(sel)!.getBoundingClientRect();
          return { top: r.top, bottom: r.bottom, left: r.left, right: r.right };
        };
        const name = document.querySelector<HTMLElement>('.masthead__name')!;
        const controls = document.querySelector('.controls')!;
        return {
          afterHeadline: document.querySelector('.intro h1')!.nextElementSibling?.className,
          note: box('.content-note'),
          map: box('.intro__map svg'),
          name: {
            ...box('.masthead__name'),
            cut: name.scrollWidth > name.clientWidth + 1 || name.scrollHeight > name.clientHeight + 1,
            lines: Math.round(name.getBoundingClientRect().height / parseFloat(getComputedStyle(name).lineHeight)),
          },
          masthead: box('.masthead'),
          share: box('.share'),
          // The language links, or the menu that holds them when there are three languages or more.
          switches: [...document.querySelectorAll('.masthead > .lang-switch, .masthead > .lang-menu')].map(
            (a) => a.getBoundingClientRect().left,
          ),
          controlsShown: getComputedStyle(controls).visibility === 'visible' && controls.getBoundingClientRect().top < innerHeight,
        };
      });
      expect(first.afterHeadline).toBe('content-note');
      expect(first.note.bottom, 'the content note is on the first screen').toBeLessThanOrEqual(viewport.height);
      expect(first.map.top).toBeGreaterThanOrEqual(first.masthead.bottom);
      expect(first.map.bottom, 'the outline map is on the first screen').toBeLessThanOrEqual(viewport.height);
      expect(first.name.cut, 'the site name is cut').toBe(false);
      expect(first.name.lines, 'the site name is squeezed into more than two lines').toBeLessThanOrEqual(2);
      expect(first.switches.length).toBeGreaterThan(0);
      expect(first.name.top).toBeGreaterThanOrEqual(first.masthead.top);
      expect(first.name.bottom).toBeLessThanOrEqual(first.masthead.bottom);
      expect(first.name.right, 'the name runs into Share').toBeLessThanOrEqual(first.share.left);
      for (const left of first.switches) expect(left).toBeGreaterThanOrEqual(first.share.right);
      expect(first.controlsShown, 'the controls bar shows before the story starts').toBe(false);

      // A language menu opens on a tap, inside the screen, with every other language a full-size target.
      if (await page.locator('.masthead > .lang-menu').count()) {
        await page.click('.lang-menu__button');
        const links = await page.evaluate(() =>
          [...document.querySelectorAll('.lang-menu__list .lang-switch')].map((a) => {
            const r = a.getBoundingClientRect();
            return { left: r.left, right: r.right, height: r.height };
          }),
        );
        expect(links).toHaveLength(LOCALES.length - 1);
        for (const link of links) {
          expect(link.left).toBeGreaterThanOrEqual(0);
          expect(link.right).toBeLessThanOrEqual(viewport.width);
          expect(link.height).toBeGreaterThanOrEqual(44);
        }
        await page.click('.lang-menu__button');
      }

      // The first step starts: now the controls bar is there.
      const firstStep = await page.evaluate(() => document.querySelector<HTMLElement>('[data-step]')!.id);
      await page.evaluate((id) => document.getElementById(id)!.scrollIntoView({ block: 'start' }), firstStep);
      await page.waitForFunction(() => {
        const c = document.querySelector('.controls')!;
        return getComputedStyle(c).visibility === 'visible' && c.getBoundingClientRect().top < innerHeight;
      });
      expect(open.errors).toEqual([]);
    } finally {
      await open.close();
    }
  });
});
