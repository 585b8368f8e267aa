import { AxeBuilder } from '@axe-core/playwright';
import { afterEach, describe, expect, it } from 'vitest';
import { openPage, useBrowser, type WatchedPage, gotoEnhanced } from './page';
import { ALL_PAGES } from './pages';
import { SOURCE } from '../support/locales';

const { browser, origin } = useBrowser();
let open: WatchedPage | undefined;
afterEach(async () => {
  await open?.close();
  open = undefined;
});

describe('axe finds no violations', () => {
  it.each(ALL_PAGES)('on %s', async (path) => {
    open = await openPage(browser(), { viewport: { width: 390, height: 844 } });
    await gotoEnhanced(open.page, origin + path);
    await open.page.evaluate(() => document.fonts.ready.then(() => undefined));
    const results = await new AxeBuilder({ page: open.page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
      .analyze();
    const violations = results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect(violations).toEqual([]);
  });

  it('and would report one: a page with an unlabelled button fails', async () => {
    open = await openPage(browser(), { viewport: { width: 390, height: 844 } });
    await gotoEnhanced(open.page, `${origin}/${SOURCE}/`);
    await open.page.evaluate(() => document.body.appendChild(document.createElement('button')));
    const results = await new AxeBuilder({ page: open.page }).analyze();
    expect(results.violations.map((v) => v.id)).toContain('button-name');
  });
});
