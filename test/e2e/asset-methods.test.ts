// Static files under the real asset router (wrangler dev): only GET and HEAD, and a 405 that says
// so with Allow (RFC 9110). The asset server alone answers a bare 405 (checked with wrangler
// 4.164), so wrangler.toml sends these paths to the Worker first, and worker/index.ts hands GET and
// HEAD back to the asset server (worker/static-assets.ts).
import { describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { STATIC_FILES } from '../support/static-files';

const origin = inject('origin');
const files = STATIC_FILES;

describe('static files under wrangler dev', () => {
  it.each(['POST', 'PUT', 'DELETE'])('%s is a 405 with Allow', async (method) => {
    for (const path of files) {
      const res = await fetch(origin + path, { method });
      expect(res.status, `${method} ${path}`).toBe(405);
      expect(res.headers.get('Allow'), `${method} ${path}`).toBe('GET, HEAD, OPTIONS');
    }
  });

  it('OPTIONS answers 204 with which methods there are', async () => {
    for (const path of files) {
      const res = await fetch(origin + path, { method: 'OPTIONS' });
      expect(res.status, path).toBe(204);
      expect(res.headers.get('Allow'), path).toBe('GET, HEAD, OPTIONS');
    }
  });

  it("the asset server's normalising redirect carries the file's CORP, CORS and Cache-Control", async () => {
    const file = await fetch(`${origin}/embed.js`);
    const res = await fetch(`${origin}/embed%2Ejs`, { redirect: 'manual' });
    expect(res.status).toBe(307);
    expect(res.headers.get('Location')).toBe('/embed.js');
    for (const name of ['Cross-Origin-Resource-Policy', 'Access-Control-Allow-Origin', 'Cache-Control'])
      expect(res.headers.get(name), name).toBe(file.headers.get(name));
  });

  it('GET still serves each file with its static headers', async () => {
    for (const path of files) {
      const res = await fetch(origin + path);
      expect(res.status, path).toBe(200);
      expect(res.headers.get('X-Frame-Options'), path).toBe('DENY');
    }
  });
});
