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

  it('OPTIONS answers which methods there are', async () => {
    for (const path of files)
      expect((await fetch(origin + path, { method: 'OPTIONS' })).headers.get('Allow'), path).toBe('GET, HEAD, OPTIONS');
  });

  it('GET still serves each file with its static headers', async () => {
    for (const path of files) {
      const res = await fetch(origin + path);
      expect(res.status, path).toBe(200);
      expect(res.headers.get('X-Frame-Options'), path).toBe('DENY');
    }
  });
});
