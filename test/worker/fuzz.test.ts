// Generated requests through the real Worker in workerd: no 5xx, a correct Content-Type on every
// response, no input reflected unescaped, HTML errors localized, data errors as problem+json.
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FALLBACK_LOCALE, LOCALES, isLocale } from '../../worker/i18n/locales';
import { fetchApp } from './fetch';

const RUNS = 2_000;
const MARKER = 'zq<b>x</b>';

const prefixes = [
  '/',
  ...LOCALES.flatMap((l) => [`/${l}/`, `/${l}/f/`, `/${l}/sources`, `/${l}/data`, `/${l}/data?figure=`]),
  '/zz/',
  '/api/v1/',
  '/api/v1/prevalence/',
  '/api/v1/prevalence.csv?lang=',
  '/oembed?url=',
  '/embed/',
  '/embed.js/',
  '/assets/',
  '/..%2f',
  '/%2e%2e/',
];
const nasty = ['%00', '%', '%ZZ', '%E0%A4%A', '%C0%AF', '%2F', '%5C', '..', '.', '//', '<', '>', '"', "'", '%3Cscript%3E', MARKER];

const segment = fc.oneof(
  fc.constantFrom(...nasty),
  fc.stringMatching(/^[a-z0-9-]{0,24}$/),
  fc.string({ unit: 'binary', maxLength: 12 }).map(encodeURIComponent),
  fc.constantFrom('minors-2015', 'cases', 'sources', 'data', 'f', ...LOCALES),
);

const path = fc
  .tuple(fc.constantFrom(...prefixes), fc.array(segment, { maxLength: 4 }), fc.option(fc.string({ maxLength: 40 }), { nil: undefined }))
  .map(([prefix, parts, query]) => {
    const joiner = prefix.includes('?') ? '&' : '?';
    return prefix + parts.join('/') + (query === undefined ? '' : `${joiner}${encodeURIComponent(query)}=${MARKER}`);
  });

const asciiHeader = fc.string({ maxLength: 200 }).map((s) => s.replace(/[^\x20-\x7e]/g, ''));

const request = fc.record({
  path,
  method: fc.constantFrom('GET', 'GET', 'GET', 'HEAD', 'OPTIONS', 'POST', 'PUT', 'DELETE', 'PATCH'),
  acceptLanguage: fc.option(
    fc.oneof(asciiHeader, fc.constantFrom(...LOCALES.flatMap((l) => [l, `${l}-ZZ,${l};q=0.9`, `${FALLBACK_LOCALE};q=0.1,${l};q=0.2`]))),
    { nil: undefined },
  ),
  cookie: fc.option(fc.oneof(asciiHeader, fc.constantFrom(...LOCALES.map((l) => `lang=${l}`), 'lang=zz')), { nil: undefined }),
});

const NO_BODY = new Set([204, 301, 302, 304]);

afterEach(() => vi.restoreAllMocks());

describe('generated requests', () => {
  it(`answer ${RUNS} requests cleanly`, async () => {
    // app.onError logs before it answers: no generated request may reach it.
    const logged = vi.spyOn(console, 'error');
    let sent = 0;
    await fc.assert(
      fc.asyncProperty(request, async ({ path, method, acceptLanguage, cookie }) => {
        const headers: Record<string, string> = {};
        if (acceptLanguage !== undefined) headers['Accept-Language'] = acceptLanguage;
        if (cookie !== undefined) headers.Cookie = cookie;
        const res = await fetchApp(path, { method, headers, redirect: 'manual' });
        sent++;
        const body = await res.text();
        const type = res.headers.get('Content-Type') ?? '';
        const where = `${method} ${path} → ${res.status} ${type}`;

        expect(res.status, where).toBeLessThan(500);
        if (!NO_BODY.has(res.status)) {
          expect(type, where).toMatch(
            /^(text\/html|application\/(problem\+)?json|text\/csv|text\/javascript|image\/png|font\/woff2|image\/svg\+xml|text\/plain)(;|$)/,
          );
        }
        if (method === 'HEAD') expect(body, where).toBe('');
        // Reflection: the marker may come back only escaped (or percent-encoded).
        expect(body, where).not.toContain('<b>x</b>');
        expect(body, where).not.toContain('<script>');

        // The path the Worker sees, after the URL parser has resolved dot segments.
        const pathname = new URL('http://x' + path).pathname;
        const isData = pathname.startsWith('/api/') || pathname === '/oembed' || pathname === '/embed.js';
        if (res.status >= 400 && method !== 'HEAD') {
          if (isData) {
            expect(type, where).toMatch(/^application\/problem\+json/);
            expect(JSON.parse(body).status, where).toBe(res.status);
          } else {
            expect(type, where).toBe('text/html; charset=utf-8');
            const prefix = pathname.split('/')[1];
            if (isLocale(prefix)) expect(body, where).toContain(`<html lang="${prefix}"`);
          }
        }
        if (res.status === 405) expect(res.headers.get('Allow'), where).toBe('GET, HEAD, OPTIONS');
      }),
      { numRuns: RUNS, seed: 20261128, endOnFailure: true },
    );
    expect(sent).toBe(RUNS);
    expect(logged).not.toHaveBeenCalled();
  }, 240_000);
});
