// What one full read of each page costs in Worker requests (docs/performance.md). A reader's
// browser fetches the page and everything it loads; each request is counted as Cloudflare would
// route it under wrangler.toml's run_worker_first: a static file (STATIC_ASSET_PATHS) is the asset
// server's alone, anything else runs the Worker unless the Workers Cache answers it. Cold, that is
// one Worker request per page; warm, none, because every response the Worker gave is cacheable.
import { describe, expect, it } from 'vitest';
import { shareableFigures } from '../../worker/content';
import { LOCALES } from '../../worker/i18n/locales';
import { isStaticAssetPath } from '../../worker/static-assets';
import { gotoEnhanced, openPage, scrollThrough, useBrowser } from './page';

const { browser, origin } = useBrowser();
const figure = shareableFigures[0]!.id;
const pages = LOCALES.flatMap((l) => [`/${l}/`, `/${l}/f/${figure}`, `/${l}/sources`, `/${l}/data`]);

describe.each(pages)('one full read of %s', (path) => {
  it('runs the Worker once per document, cold, and not at all with the Workers Cache warm', async () => {
    const open = await openPage(browser(), { viewport: { width: 360, height: 740 }, reducedMotion: 'reduce' });
    try {
      const { page } = open;
      const sameOrigin: { path: string; cacheControl: string }[] = [];
      page.on('response', (res) => {
        const url = new URL(res.url());
        if (url.origin === origin) sameOrigin.push({ path: url.pathname, cacheControl: res.headers()['cache-control'] ?? '' });
      });
      await gotoEnhanced(page, origin + path);
      await scrollThrough(page, 'down', async () => {});
      await page.waitForLoadState('networkidle');
      const worker = sameOrigin.filter((r) => !isStaticAssetPath(r.path));
      // The page itself, and on the data page the embed card it previews in a frame.
      const expected = path.endsWith('/data') ? [path, expect.stringMatching(/^\/embed\/[a-z0-9-]+$/)] : [path];
      expect(worker.map((r) => r.path)).toEqual(expected);
      // Warm: the Workers Cache holds what the Worker answered, for as long as Cache-Control says.
      for (const r of worker) expect(r.cacheControl, r.path).toMatch(/^public, max-age=[1-9]/);
      // A page with a script loaded its bundle too, from the asset server, in the same read.
      if (await page.locator('script[type="module"]').count())
        expect(sameOrigin.filter((r) => r.path.startsWith('/assets/')).length, 'static files loaded').toBeGreaterThan(0);
    } finally {
      await open.close();
    }
  });
});
