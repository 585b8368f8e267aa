// The static files partners load answer every method as the rest of the site does, and a path the
// asset server normalises keeps the file's own cross-origin and caching policy on its redirect.
import { describe, expect, it } from 'vitest';
import { fetchWorker } from './fetch';

describe('/embed.js', () => {
  it('answers OPTIONS 204 with Allow, and a CORS preflight from any origin', async () => {
    const plain = await fetchWorker('/embed.js', { method: 'OPTIONS' });
    expect(plain.status).toBe(204);
    expect(plain.headers.get('Allow')).toBe('GET, HEAD, OPTIONS');
    const preflight = await fetchWorker('/embed.js', {
      method: 'OPTIONS',
      headers: { Origin: 'https://partner.example', 'Access-Control-Request-Method': 'GET' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('Access-Control-Allow-Origin')).toBe('*');
  });

  it("a spelling the asset server redirects (/embed%2Ejs) carries the file's CORP, CORS and Cache-Control", async () => {
    const file = await fetchWorker('/embed.js');
    expect(file.status).toBe(200);
    const res = await fetchWorker('/embed%2Ejs', { redirect: 'manual' });
    if (res.status >= 300 && res.status < 400) {
      for (const name of ['Cross-Origin-Resource-Policy', 'Access-Control-Allow-Origin', 'Cache-Control']) {
        expect(res.headers.get(name), name).toBe(file.headers.get(name));
      }
    } else {
      expect(res.status).toBe(200);
    }
    expect(file.headers.get('Cross-Origin-Resource-Policy')).toBe('cross-origin');
  });
});
