import { describe, expect, it } from 'vitest';
import {
  grade,
  observatoryScore,
  scoreCookies,
  scoreCorp,
  scoreCors,
  scoreCsp,
  scoreFraming,
  scoreHsts,
  scoreReferrer,
  scoreSri,
} from '../support/observatory';
import { fetchWorker } from './fetch';
import { SOURCE, TRANSLATED } from '../support/locales';

// The scanner sends its own Origin to see whether CORS echoes it back with credentials.
const SCANNER_ORIGIN = 'https://http-observatory-attacker.mozilla.org';
const HOST = 'story.test';

// Each kind of response the Worker writes, with the score the published rules give it.
const SCANNED: [path: string, expected: number][] = [
  [`/${SOURCE}/`, 125],
  [`/${TRANSLATED}/`, 125],
  [`/${SOURCE}/f/minors-2015`, 125],
  [`/${TRANSLATED}/sources`, 125],
  [`/${SOURCE}/data`, 125],
  [`/${TRANSLATED}/nowhere`, 125],
  [`/embed/cases?lang=${TRANSLATED}`, 115],
  ['/api/v1/prevalence', 120],
  ['/api/v1/prevalence.csv', 120],
  [`/oembed?url=${encodeURIComponent(`http://story.test/${SOURCE}/`)}&format=json`, 120],
];

describe('Mozilla HTTP Observatory scoring of our headers', () => {
  it.each(SCANNED)('%s earns an A+ (%i)', async (path, expected) => {
    const res = await fetchWorker(path, { headers: { Origin: SCANNER_ORIGIN } });
    const body = await res.text();
    // Meta http-equiv could override headers in the Observatory's reading; we send none.
    expect(body).not.toMatch(/<meta[^>]+http-equiv/i);
    const result = observatoryScore(res, body, HOST, { requestOrigin: SCANNER_ORIGIN });
    expect(result.tests.filter((t) => t.modifier < 0)).toEqual([]);
    expect(result.score).toBe(expected);
    expect(result.grade).toBe('A+');
  });

  it('scores the redirects a reader meets on the way in the same way', async () => {
    for (const path of ['/', `/${TRANSLATED}`]) {
      const res = await fetchWorker(path, { redirect: 'manual' });
      expect(res.status).toBeGreaterThanOrEqual(301);
      expect(observatoryScore(res, '', HOST).grade).toBe('A+');
    }
  });
});

describe('the scorer follows the published rules', () => {
  it('grades a response with no security headers D (score 30)', () => {
    const bare = new Response('<html><script src="/a.js"></script></html>', { headers: { 'Content-Type': 'text/html' } });
    const result = observatoryScore(bare, '<html><script src="/a.js"></script></html>', HOST);
    // CSP −25, HSTS −20, nosniff −5, framing −20.
    expect(result.score).toBe(30);
    expect(result.grade).toBe('D');
  });

  it('gives extra credit only from 90 up', () => {
    const headers = {
      'Content-Type': 'text/html',
      'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'",
      'Referrer-Policy': 'no-referrer',
      'Cross-Origin-Resource-Policy': 'same-origin',
      'X-Content-Type-Options': 'nosniff',
    };
    // Without HSTS the penalties leave 80, so the +30 of bonuses do not count.
    expect(observatoryScore(new Response('', { headers }), '', HOST).score).toBe(80);
    const withHsts = new Response('', { headers: { ...headers, 'Strict-Transport-Security': 'max-age=31536000' } });
    expect(observatoryScore(withHsts, '', HOST).score).toBe(130);
  });

  it('grades in steps of five', () => {
    expect([grade(130), grade(100), grade(99), grade(90), grade(89), grade(72), grade(24), grade(-40)]).toEqual([
      'A+',
      'A+',
      'A',
      'A',
      'A-',
      'B',
      'F',
      'F',
    ]);
  });

  it('reads CSP like the Observatory', () => {
    expect(scoreCsp(null).result).toBe('csp-not-implemented');
    expect(scoreCsp("default-src 'self'; default-src 'none'").result).toBe('csp-header-invalid');
    expect(scoreCsp("default-src 'self'; script-src 'self' 'unsafe-inline'").modifier).toBe(-20);
    expect(scoreCsp("default-src 'self'; script-src 'self' 'sha256-abc=' 'unsafe-inline'").modifier).toBe(5);
    expect(scoreCsp("default-src 'self'; script-src 'self' data:").modifier).toBe(-20);
    expect(scoreCsp("default-src 'self'; object-src https:").modifier).toBe(-20);
    expect(scoreCsp("style-src 'self'").modifier).toBe(-20); // script-src unrestricted
    expect(scoreCsp("default-src 'self'; script-src 'self' 'unsafe-eval'").modifier).toBe(-10);
    expect(scoreCsp("default-src 'self'; img-src http://cdn.example").modifier).toBe(-10);
    expect(scoreCsp("default-src 'self'; connect-src http://api.example").modifier).toBe(-20);
    expect(scoreCsp("default-src 'self'; style-src 'self' 'unsafe-inline'").modifier).toBe(0);
    expect(scoreCsp("default-src 'self'; script-src 'strict-dynamic'").result).toBe('csp-header-invalid');
    expect(scoreCsp("default-src 'self'; script-src 'nonce-abc' 'strict-dynamic' https: 'unsafe-inline'").modifier).toBe(5);
    expect(scoreCsp("default-src 'none'; script-src 'self'").modifier).toBe(10);
    expect(scoreCsp("default-src 'none' 'self'").modifier).toBe(5);
    expect(scoreCsp("default-src 'self'").modifier).toBe(5);
  });

  it('reads HSTS, referrer, framing and CORP like the Observatory', () => {
    expect(scoreHsts(null).modifier).toBe(-20);
    expect(scoreHsts('includeSubDomains').modifier).toBe(-20);
    expect(scoreHsts('max-age=300, max-age=300').modifier).toBe(-20);
    expect(scoreHsts('max-age=15551999').modifier).toBe(-10);
    expect(scoreHsts('max-age=15552000').modifier).toBe(0);
    expect(scoreReferrer('no-referrer, unsafe-url').modifier).toBe(-5);
    expect(scoreReferrer('unsafe-url, strict-origin-when-cross-origin, bogus').modifier).toBe(5);
    expect(scoreReferrer('bogus').modifier).toBe(-5);
    expect(scoreReferrer(null).modifier).toBe(0);
    expect(scoreFraming(null, null).modifier).toBe(-20);
    expect(scoreFraming('ALLOW-FROM https://x.example', null).modifier).toBe(0);
    expect(scoreFraming('DENY', null).modifier).toBe(0);
    expect(scoreFraming(null, "default-src 'self'; frame-ancestors *").modifier).toBe(5);
    expect(scoreCorp('same-site').modifier).toBe(10);
    expect(scoreCorp('cross-origin').modifier).toBe(0);
    expect(scoreCorp('nope').modifier).toBe(-5);
  });

  it('reads CORS, cookies and SRI like the Observatory', () => {
    expect(scoreCors('*', SCANNER_ORIGIN, null).modifier).toBe(0);
    expect(scoreCors(SCANNER_ORIGIN, SCANNER_ORIGIN, 'true').modifier).toBe(-50);
    expect(scoreCors(SCANNER_ORIGIN, SCANNER_ORIGIN, null).result).toBe('cross-origin-resource-sharing-implemented-with-restricted-access');
    expect(scoreCookies([], true).modifier).toBe(0);
    expect(scoreCookies([`lang=${TRANSLATED}; Path=/; Secure; SameSite=Lax`], true).modifier).toBe(5);
    expect(scoreCookies([`lang=${TRANSLATED}; Path=/; Secure`], true).modifier).toBe(0);
    expect(scoreCookies([`lang=${TRANSLATED}; Path=/`], true).modifier).toBe(-5);
    expect(scoreCookies([`lang=${TRANSLATED}; Path=/`], false).modifier).toBe(-20);
    expect(scoreCookies(['sessionid=1; Secure; SameSite=Lax'], true).modifier).toBe(-30);
    expect(scoreCookies(['sessionid=1; HttpOnly'], false).modifier).toBe(-40);
    expect(scoreCookies([`lang=${TRANSLATED}; Secure; SameSite=Sometimes`], true).modifier).toBe(-20);
    expect(scoreSri('application/json', '<script src="http://x.example/a.js">', HOST).modifier).toBe(0);
    expect(scoreSri('text/html', '<p>no scripts</p>', HOST).modifier).toBe(0);
    expect(scoreSri('text/html', '<script src="/assets/a.js" defer></script>', HOST).modifier).toBe(0);
    expect(scoreSri('text/html', '<script src="/assets/a.js" integrity="sha384-x"></script>', HOST).modifier).toBe(5);
    expect(scoreSri('text/html', '<script src="https://cdn.example/a.js"></script>', HOST).modifier).toBe(-5);
    expect(scoreSri('text/html', '<script src="https://cdn.example/a.js" integrity="sha384-x"></script>', HOST).modifier).toBe(5);
    expect(scoreSri('text/html', '<script src="//cdn.example/a.js"></script>', HOST).modifier).toBe(-50);
    expect(scoreSri('text/html', '<script src="http://cdn.example/a.js" integrity="sha384-x"></script>', HOST).modifier).toBe(-20);
  });
});
