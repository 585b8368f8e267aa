import { describe, expect, it } from 'vitest';
import { assets } from '../../worker/assets';
import { fetchAsset, fetchWorker } from './fetch';

function directives(csp: string | null): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const part of (csp ?? '').split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) map.set(name, values);
  }
  return map;
}

const PAGES = ['/en/', '/km/', '/en/f/minors-2015', '/km/f/cases', '/km/no-such-page', '/nothing'];

describe.each(PAGES)('security headers on %s', (path) => {
  it('has a strict CSP: self only, no inline script, hashed inline styles, no framing', async () => {
    const res = await fetchWorker(path);
    const csp = directives(res.headers.get('Content-Security-Policy'));
    expect(csp.get('default-src')).toEqual(["'self'"]);
    expect(csp.get('script-src')).toEqual(["'self'"]);
    const styles = csp.get('style-src') ?? [];
    expect(styles).toContain(assets.cssHash);
    expect(styles).toContain(assets.khmerFontCssHash);
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

describe('the pages themselves', () => {
  it.each(['/en/', '/km/'])('%s has no inline script and only hashed inline styles', async (path) => {
    const html = await (await fetchWorker(path)).text();
    for (const [, attrs, body] of html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)) {
      expect(attrs).toMatch(/ src="\/assets\/[^"]+"/);
      expect(body).toBe('');
    }
    expect(html).not.toMatch(/ style="/);
    expect(html).not.toMatch(/ on[a-z]+="/);
  });
});

describe('static assets', () => {
  it('carry nosniff, HSTS and a closed CSP from _headers', async () => {
    const res = await fetchAsset('/favicon.svg');
    expect(res.status).toBe(200);
    expect(res.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(res.headers.get('Strict-Transport-Security')).toContain('includeSubDomains');
    expect(res.headers.get('Content-Security-Policy')).toContain("default-src 'none'");
  });
});
