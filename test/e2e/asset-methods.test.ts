// Static files under the real asset router (wrangler dev): wrangler.toml's run_worker_first sends
// every path to the Worker except the static files, which the asset server answers alone with
// their _headers and without a Worker request. The price, documented in docs/security.md: another
// method on a static file gets the asset server's bare 405 (no Allow), not the Worker's.
import { describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { FALLBACK_LOCALE } from '../../worker/i18n/locales';
import { STATIC_FILES } from '../support/static-files';

const origin = inject('origin');
const files = STATIC_FILES;

describe('static files under wrangler dev', () => {
  it('GET serves each file with its static headers, from the asset server', async () => {
    for (const path of files) {
      const res = await fetch(origin + path);
      expect(res.status, path).toBe(200);
      expect(res.headers.get('X-Frame-Options'), path).toBe('DENY');
    }
  });

  it.each(['POST', 'PUT', 'DELETE', 'OPTIONS'])('%s never reaches the Worker: the asset server refuses it by itself', async (method) => {
    for (const path of files) {
      const res = await fetch(origin + path, { method });
      expect(res.status, `${method} ${path}`).toBe(405);
      // The Worker's 405 carries Allow; the asset server's does not: proof the Worker did not run.
      expect(res.headers.get('Allow'), `${method} ${path}`).toBeNull();
      expect(res.headers.get('X-Frame-Options'), `${method} ${path}`).toBe('DENY');
    }
  });

  it('a page still runs the Worker first, for every method', async () => {
    const res = await fetch(`${origin}/${FALLBACK_LOCALE}/`, { method: 'POST' });
    expect(res.status).toBe(405);
    expect(res.headers.get('Allow')).toBe('GET, HEAD, OPTIONS');
  });

  it("the asset server's normalising redirect carries the file's CORP, CORS and Cache-Control", async () => {
    const file = await fetch(`${origin}/embed.js`);
    const res = await fetch(`${origin}/embed%2Ejs`, { redirect: 'manual' });
    expect(res.status).toBe(307);
    expect(res.headers.get('Location')).toBe('/embed.js');
    for (const name of ['Cross-Origin-Resource-Policy', 'Access-Control-Allow-Origin', 'Cache-Control'])
      expect(res.headers.get(name), name).toBe(file.headers.get(name));
  });
});
