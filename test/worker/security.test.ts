import { describe, expect, it } from 'vitest';
import { assets } from '../../worker/assets';
import { fetchAsset, fetchWorker } from './fetch';
import { STATIC_FILES } from '../support/static-files';
import { SOURCE, TRANSLATED } from '../support/locales';

function directives(csp: string | null): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const part of (csp ?? '').split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) map.set(name, values);
  }
  return map;
}

// Every kind of page, including error pages: pages get the strict policy by default.
const PAGES = [
  `/${SOURCE}/`,
  `/${TRANSLATED}/`,
  `/${SOURCE}/f/minors-2015`,
  `/${TRANSLATED}/f/cases`,
  `/${SOURCE}/sources`,
  `/${TRANSLATED}/sources`,
  `/${SOURCE}/data`,
  `/${TRANSLATED}/data?figure=cases`,
  `/${TRANSLATED}/no-such-page`,
  '/nothing',
];

describe.each(PAGES)('security headers on %s', (path) => {
  it('has a strict CSP: self only, the boot loader by hash, hashed inline styles, no framing', async () => {
    const res = await fetchWorker(path);
    const csp = directives(res.headers.get('Content-Security-Policy'));
    expect(csp.get('default-src')).toEqual(["'self'"]);
    expect(csp.get('script-src')).toEqual(["'self'", assets.bootScriptHash]);
    const styles = csp.get('style-src') ?? [];
    expect(styles).toContain(assets.cssHash);
    const font = Object.values(assets.fonts).find((f) => styles.includes(f.cssHash));
    expect(font, "the page's webfont CSS is allowed by its hash").toBeDefined();
    for (const source of styles.slice(1)) expect(source).toMatch(/^'sha256-[A-Za-z0-9+/]+=*'$/);
    for (const [name, values] of csp) {
      for (const bad of ["'unsafe-inline'", "'unsafe-eval'", '*', 'http:', 'https:']) {
        expect(values, `${name} allows ${bad}`).not.toContain(bad);
      }
    }
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'none'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('form-action')).toEqual(["'self'"]);
  });

  it('sets HSTS, nosniff, referrer, permissions, COOP and XFO', async () => {
    const res = await fetchWorker(path);
    const hsts = res.headers.get('Strict-Transport-Security') ?? '';
    expect(Number(/max-age=(\d+)/.exec(hsts)?.[1])).toBeGreaterThanOrEqual(31536000);
    expect(hsts).toContain('includeSubDomains');
    expect(res.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(res.headers.get('Referrer-Policy')).toBe('strict-origin-when-cross-origin');
    expect(res.headers.get('Cross-Origin-Opener-Policy')).toBe('same-origin');
    expect(res.headers.get('X-Frame-Options')).toBe('DENY');
    const permissions = res.headers.get('Permissions-Policy') ?? '';
    for (const feature of ['camera=()', 'microphone=()', 'geolocation=()', 'payment=()', 'usb=()']) {
      expect(permissions).toContain(feature);
    }
  });
});

describe('redirects and method errors', () => {
  it.each([
    ['/', 'GET'],
    [`/${SOURCE}`, 'GET'],
    [`/${TRANSLATED}`, 'GET'],
    [`/${SOURCE}/`, 'POST'],
    [`/${TRANSLATED}/sources`, 'DELETE'],
  ])('%s (%s) carries the page policy', async (path, method) => {
    const res = await fetchWorker(path, { method, redirect: 'manual' });
    expect([301, 302, 405]).toContain(res.status);
    const csp = directives(res.headers.get('Content-Security-Policy'));
    expect(csp.get('script-src')).toEqual(["'self'", assets.bootScriptHash]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    expect(res.headers.get('Strict-Transport-Security')).toContain('includeSubDomains');
    expect(res.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(res.headers.get('Cross-Origin-Opener-Policy')).toBe('same-origin');
  });
});

describe.each(['/embed/cases', `/embed/minors-2015?lang=${TRANSLATED}`, '/embed/no-such-figure'])('the embed card %s', (path) => {
  it('may be framed by any site, and is otherwise as strict as a page', async () => {
    const res = await fetchWorker(path);
    const csp = directives(res.headers.get('Content-Security-Policy'));
    expect(csp.get('frame-ancestors')).toEqual(['*']);
    expect(res.headers.get('X-Frame-Options')).toBeNull();
    expect(csp.get('default-src')).toEqual(["'self'"]);
    expect(csp.get('script-src')).toEqual(["'self'", assets.bootScriptHash]);
    expect(csp.get('style-src')).toContain(assets.embedCssHash);
    expect(csp.get('base-uri')).toEqual(["'none'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    for (const [name, values] of csp) {
      if (name === 'frame-ancestors') continue;
      for (const bad of ["'unsafe-inline'", "'unsafe-eval'", '*']) expect(values, `${name} allows ${bad}`).not.toContain(bad);
    }
    expect(res.headers.get('Cross-Origin-Resource-Policy')).toBe('cross-origin');
    expect(res.headers.get('Strict-Transport-Security')).toContain('includeSubDomains');
    expect(res.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(res.headers.get('Referrer-Policy')).toBe('strict-origin-when-cross-origin');
  });
});

const DATA = [
  ['/api/v1/prevalence', 'GET'],
  ['/api/v1/prevalence.csv', 'GET'],
  ['/api/v1/prevalence/cases', 'GET'],
  ['/api/v1/schema.json', 'GET'],
  ['/api/v1/openapi.json', 'GET'],
  [`/oembed?url=${encodeURIComponent(`http://story.test/${SOURCE}/`)}&format=json`, 'GET'],
  ['/api/v1/nothing-here', 'GET'],
  ['/api/v1/prevalence', 'POST'],
] as const;

describe.each(DATA)('data route %s (%s)', (path, method) => {
  it('loads nothing, cannot be framed, and is readable from any origin', async () => {
    const res = await fetchWorker(path, { method, headers: { Origin: 'https://partner.example' } });
    const csp = directives(res.headers.get('Content-Security-Policy'));
    expect(csp.get('default-src')).toEqual(["'none'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    expect(res.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(res.headers.get('Strict-Transport-Security')).toContain('includeSubDomains');
    expect(res.headers.get('Cross-Origin-Resource-Policy')).toBe('cross-origin');
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*');
    expect(res.headers.get('Access-Control-Allow-Credentials')).toBeNull();
    expect(res.headers.get('Content-Type')).toMatch(/^(application\/((problem|schema)\+)?json|text\/csv)/);
  });
});

describe('CORS preflight on data routes', () => {
  it('is answered by CORS, not refused as a method', async () => {
    const res = await fetchWorker('/api/v1/prevalence', {
      method: 'OPTIONS',
      headers: { Origin: 'https://partner.example', 'Access-Control-Request-Method': 'GET' },
    });
    expect(res.status).toBeLessThan(300);
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*');
    expect(res.headers.get('Access-Control-Allow-Methods') ?? '').not.toMatch(/POST|PUT|DELETE|PATCH/);
  });
});

describe('the pages themselves', () => {
  it("the boot loader's CSP hash is the SHA-256 of its exact inline text", async () => {
    const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(assets.bootScript));
    expect(assets.bootScriptHash).toBe(`'sha256-${btoa(String.fromCharCode(...new Uint8Array(digest)))}'`);
  });

  it.each([
    `/${SOURCE}/`,
    `/${TRANSLATED}/`,
    `/${SOURCE}/sources`,
    `/${TRANSLATED}/data`,
    `/${TRANSLATED}/f/cases`,
    '/embed/cases',
    '/nowhere',
  ])('%s has no inline script but the hashed boot loader, and only hashed inline styles', async (path) => {
    const html = await (await fetchWorker(path)).text();
    for (const [, attrs, body] of html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)) {
      // JSON-LD is data, which no browser runs (CSP script-src does not apply to it).
      if (attrs === ' type="application/ld+json"') expect(() => JSON.parse(body ?? '')).not.toThrow();
      else if (body) expect(body).toBe(assets.bootScript);
      else expect(attrs).toMatch(/ src="\/assets\/[^"]+"/);
    }
    expect(html).not.toMatch(/ style="/);
    expect(html).not.toMatch(/ on[a-z]+="/);
  });
});

describe('static assets', () => {
  const files = STATIC_FILES;
  it.each(files)('%s carries nosniff, HSTS and a closed CSP from _headers', async (path) => {
    const res = await fetchAsset(path);
    expect(res.status).toBe(200);
    expect(res.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(res.headers.get('Strict-Transport-Security')).toContain('includeSubDomains');
    expect(res.headers.get('Referrer-Policy')).toBe('strict-origin-when-cross-origin');
    const csp = directives(res.headers.get('Content-Security-Policy'));
    expect(csp.get('default-src')).toEqual(["'none'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
  });

  it('does not list or leak the tree', async () => {
    for (const path of ['/_headers', '/assets/', '/wrangler.toml', '/package.json', '/worker/index.ts', '/.git/config']) {
      const res = await fetchAsset(path);
      expect(res.status, path).toBe(404);
    }
  });
});
