// The static-file route as worker/index.ts is to mount it (see worker/static-assets.ts): GET and
// HEAD go to the asset server, every other method gets the app's 405 with Allow.
import { env } from 'cloudflare:workers';
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { assets } from './assets';
import type { AppEnv, Env } from './env';
import { readOnlyMethods } from './http/methods';
import { isStaticAssetPath, serveStaticAsset, STATIC_ASSET_PATHS } from './static-assets';
import { STATIC_FILES } from '../test/support/static-files';
import { SOURCE, TRANSLATED } from '../test/support/locales';

const app = new Hono<AppEnv>();
app.on(['GET', 'HEAD'], [...STATIC_ASSET_PATHS], serveStaticAsset);
app.use('*', readOnlyMethods);
app.get('*', (c) => c.text('app', 404));
const fetchApp = (path: string, init?: RequestInit) => app.fetch(new Request(`http://story.test${path}`, init), env as unknown as Env);

const files = STATIC_FILES;

describe('static files through the Worker', () => {
  it('knows every file the build writes, and no page', () => {
    for (const path of [...files, ...Object.values(assets.cards).flatMap((c) => Object.values(c))])
      expect(isStaticAssetPath(path), path).toBe(true);
    for (const path of [
      `/${SOURCE}/`,
      `/${TRANSLATED}/f/minors-2015`,
      '/api/v1/prevalence',
      '/embed/minors-2015',
      '/robots.txt/x',
      '/assetsx',
    ]) {
      expect(isStaticAssetPath(path), path).toBe(false);
    }
  });

  it.each(files)('GET and HEAD %s come from the asset server, with its headers and revalidation', async (path) => {
    const res = await fetchApp(path);
    expect(res.status).toBe(200);
    expect(res.headers.get('Permissions-Policy')).toMatch(/camera=\(\)/);
    const head = await fetchApp(path, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    const etag = res.headers.get('ETag') ?? '';
    expect((await fetchApp(path, { headers: { 'If-None-Match': etag } })).status).toBe(304);
  });

  it.each(['POST', 'PUT', 'DELETE', 'PATCH'])('%s on a static file is a 405 with Allow', async (method) => {
    for (const path of files) {
      const res = await fetchApp(path, { method });
      expect(res.status, `${method} ${path}`).toBe(405);
      expect(res.headers.get('Allow')).toBe('GET, HEAD, OPTIONS');
    }
  });

  it('a missing file under /assets/ falls through to the app', async () => {
    const res = await fetchApp('/assets/nothing.123456789abc.js');
    expect(await res.text()).toBe('app');
  });
});
