// What the edge may rely on: one canonical origin whatever the Host, caching headers per kind of
// response (the Workers Cache follows them), purge tags, and caches in the Worker that stay bounded.
import { describe, expect, it } from 'vitest';
import { dataset, shareableFigures } from '../../worker/content';
import { BUILT_BODY_COUNT } from '../../worker/http/built-bodies';
import { isolateCaches } from '../../worker/http/isolate-cache';
import { LOCALES } from '../../worker/i18n/locales';
import { fetchApp, fetchWorker } from './fetch';
import { SOURCE, TRANSLATED } from '../support/locales';

const ORIGIN = 'http://story.test';
const PUBLIC = 'public, max-age=300, stale-while-revalidate=86400, stale-if-error=604800';

// One path of every kind of route.
const ROUTES = [
  '/',
  `/${SOURCE}`,
  `/${SOURCE}/`,
  `/${TRANSLATED}/f/cases`,
  `/${SOURCE}/sources`,
  `/${TRANSLATED}/data?figure=cases&lang=${SOURCE}`,
  `/${SOURCE}/no-such-page`,
  `/api/v1/prevalence?lang=${TRANSLATED}`,
  '/api/v1/prevalence/minors-2015',
  '/api/v1/prevalence.csv',
  '/api/v1/schema.json',
  '/api/v1/openapi.json',
  '/api/v1/nothing',
  `/embed/minors-2015?lang=${TRANSLATED}`,
  `/oembed?format=json&url=${encodeURIComponent(`${ORIGIN}/${TRANSLATED}/f/cases`)}`,
];

describe('one canonical origin, never taken from the request', () => {
  it('sends 300 distinct hosts to the public origin, and writes none of them anywhere', async () => {
    for (let i = 0; i < 300; i++) {
      const host = `spoof-${i}.attacker.example`;
      const path = ROUTES[i % ROUTES.length]!;
      const res = await fetchApp(`http://${host}${path}`, { redirect: 'manual' });
      const all = [...res.headers].map(([k, v]) => `${k}: ${v}`).join('\n') + (await res.text());
      expect(all, `${host}${path}`).not.toContain(host);
      expect(res.status, `${host}${path}`).toBe(301);
      expect(res.headers.get('Location')).toBe(ORIGIN + path);
      expect(res.headers.get('Cache-Control')).toBe('private, no-store');
    }
  });

  it('answers its own origin, with links on it', async () => {
    const html = await (await fetchWorker(`/${SOURCE}/`)).text();
    expect(html).toContain(`<link rel="canonical" href="${ORIGIN}/${SOURCE}/"/>`);
  });

  it('refuses an oEmbed URL on another host, even the one the request came in on', async () => {
    const res = await fetchApp(`http://other.example/oembed?format=json&url=${encodeURIComponent(`http://other.example/${SOURCE}/`)}`, {
      redirect: 'manual',
    });
    expect(res.status).toBe(301);
    const direct = await fetchWorker(`/oembed?format=json&url=${encodeURIComponent(`http://other.example/${SOURCE}/`)}`);
    expect(direct.status).toBe(404);
  });

  it("publishes the JSON Schema under the public origin's $id", async () => {
    const schema = (await (await fetchWorker('/api/v1/schema.json')).json()) as { $id: string };
    expect(schema.$id).toBe(`${ORIGIN}/api/v1/schema.json`);
  });
});

describe('caching headers, per kind of response', () => {
  const cacheable: [string, string][] = [
    [`/${SOURCE}/`, 'story'],
    [`/${TRANSLATED}/f/cases`, 'figure'],
    [`/${SOURCE}/sources`, 'sources'],
    [`/${TRANSLATED}/data`, 'data-page'],
    [`/embed/cases?lang=${SOURCE}`, 'embed'],
    ['/api/v1/prevalence', 'api'],
    [`/api/v1/prevalence.csv?lang=${TRANSLATED}`, 'api'],
    ['/api/v1/openapi.json', 'api'],
    [`/oembed?format=json&url=${encodeURIComponent(`${ORIGIN}/${SOURCE}/`)}`, 'oembed'],
  ];

  it.each(cacheable)('%s is public, stale while revalidating and on error, tagged %s and by data version', async (path, kind) => {
    const res = await fetchWorker(path);
    expect(res.status).toBe(200);
    expect(res.headers.get('Cache-Control')).toBe(PUBLIC);
    const tags = res.headers.get('Cache-Tag')?.split(',') ?? [];
    expect(tags).toContain(kind);
    expect(tags).toContain(`data-${dataset.version}`);
    // Nothing here varies by request header, so nothing says it does.
    expect(res.headers.get('Vary')).toBeNull();
  });

  it.each(['/', `/${SOURCE}/no-such-page`, '/api/v1/nothing', '/embed/cases?lang=zz', '/api/v1/prevalence?lang=zz'])(
    '%s, a negotiation or an error, is never stored',
    async (path) => {
      const res = await fetchWorker(path, { redirect: 'manual' });
      expect(res.headers.get('Cache-Control')).toBe('private, no-store');
      expect(res.headers.get('Cache-Tag')).toBeNull();
    },
  );

  it('varies the negotiation at / by exactly what it reads', async () => {
    const res = await fetchWorker('/', { redirect: 'manual' });
    expect(res.headers.get('Vary')).toBe('Accept-Language, Cookie');
  });

  it('tags each locale, so one language can be purged', async () => {
    for (const locale of LOCALES) {
      expect((await fetchWorker(`/${locale}/`)).headers.get('Cache-Tag')?.split(',')).toContain(`story-${locale}`);
    }
  });
});

describe('loose ends', () => {
  it('keeps the query string when it adds the trailing slash, and when it negotiates', async () => {
    const res = await fetchWorker(`/${SOURCE}?utm_source=x&b=2`, { redirect: 'manual' });
    expect(res.status).toBe(301);
    expect(res.headers.get('Location')).toBe(`/${SOURCE}/?utm_source=x&b=2`);
    const root = await fetchWorker('/?utm_source=x', { redirect: 'manual', headers: { 'Accept-Language': TRANSLATED } });
    expect(root.headers.get('Location')).toBe(`/${TRANSLATED}/?utm_source=x`);
  });

  const oembed = (query: string) => fetchWorker(`/oembed?format=json&url=${encodeURIComponent(`${ORIGIN}/${SOURCE}/f/cases`)}${query}`);

  it.each(['maxwidth=0.5', 'maxwidth=0x100', 'maxwidth=0', 'maxwidth=-1', 'maxheight=abc', 'maxheight=1e3', 'maxwidth='])(
    'refuses %s: sizes are positive whole numbers',
    async (query) => {
      const res = await oembed(`&${query}`);
      expect(res.status).toBe(400);
      expect(res.headers.get('Content-Type')).toContain('application/problem+json');
    },
  );

  it('honours maxwidth and maxheight in the size and in the iframe', async () => {
    const body = (await (await oembed('&maxwidth=300&maxheight=150')).json()) as { width: number; height: number; html: string };
    expect(body.width).toBe(300);
    expect(body.height).toBe(150);
    expect(body.html).toContain('width="300" height="150"');
    const roomy = (await (await oembed('&maxwidth=2000&maxheight=2000')).json()) as { width: number; height: number };
    expect(roomy.width).toBeLessThanOrEqual(2000);
    expect(roomy.height).toBeLessThanOrEqual(2000);
  });
});

describe('memory', () => {
  it('keeps every cache in the Worker within its bound after 3,000 hosts and 3,000 queries', async () => {
    for (let i = 0; i < 3000; i++) await fetchApp(`http://host-${i}.example/${SOURCE}/`, { redirect: 'manual' });
    const paths = [`/${SOURCE}/data`, '/api/v1/prevalence', '/embed/cases', `/${SOURCE}/`];
    for (let i = 0; i < 3000; i++) {
      const path = paths[i % paths.length]!;
      await fetchApp(`${path}${path.includes('?') ? '&' : '?'}q${i}=${i}&figure=x${i}`);
    }
    for (const figure of shareableFigures) for (const locale of LOCALES) await fetchApp(`/${locale}/f/${figure.id}`);
    expect(isolateCaches.length).toBeGreaterThan(0);
    for (const cache of isolateCaches) expect(cache.size, cache.name).toBeLessThanOrEqual(cache.maxEntries);
    // Queries and hosts that name nothing add no entries: bodies are keyed by what they show.
    const served = isolateCaches.find((c) => c.name === 'built bodies with the origin');
    expect(served).toBeDefined();
    expect(served!.size).toBeGreaterThan(0);
    expect(served!.size).toBeLessThanOrEqual(BUILT_BODY_COUNT);
  });
});
