import { describe, expect, it } from 'vitest';
import { observatoryScore, scoreCsp, scoreFraming, scoreHsts } from '../support/observatory';
import { fetchWorker } from './fetch';

describe('Mozilla HTTP Observatory scoring of our headers', () => {
  it.each(['/en/', '/km/', '/en/f/minors-2015', '/km/nowhere'])('%s earns an A+', async (path) => {
    const res = await fetchWorker(path);
    const html = await res.text();
    const result = observatoryScore(res, html, 'http://story.test');
    expect(result.tests.filter((t) => t.modifier < 0)).toEqual([]);
    expect(result.score).toBeGreaterThanOrEqual(100);
    expect(result.grade).toBe('A+');
  });
});

describe('the scorer follows the published rules', () => {
  it('penalises a missing or unsafe CSP', () => {
    expect(scoreCsp(null).modifier).toBe(-25);
    expect(scoreCsp("default-src 'self'; script-src 'self' 'unsafe-inline'").modifier).toBe(-20);
    expect(scoreCsp("default-src 'self'; script-src 'self' 'unsafe-eval'").modifier).toBe(-10);
    expect(scoreCsp("default-src 'none'; script-src 'self'").modifier).toBe(10);
    expect(scoreCsp("default-src 'self'").modifier).toBe(5);
  });

  it('needs six months of HSTS', () => {
    expect(scoreHsts('max-age=300').modifier).toBe(-10);
    expect(scoreHsts(null).modifier).toBe(-20);
    expect(scoreHsts('max-age=31536000; includeSubDomains').modifier).toBe(0);
  });

  it('grades a page without security headers as failing', () => {
    const bare = new Response('<html></html>', { headers: { 'Content-Type': 'text/html' } });
    const result = observatoryScore(bare, '<html></html>', 'http://story.test');
    expect(result.score).toBe(30);
    expect(result.grade).toBe('D');
    expect(scoreFraming(null, null).modifier).toBe(-20);
  });
});
