import { describe, expect, it } from 'vitest';
import { assets } from '../../worker/assets';
import { fetchAsset } from './fetch';

describe('static assets', () => {
  it.each([
    ['client bundle', assets.script, 'javascript'],
    ...Object.entries(assets.fonts).map(([locale, font]) => [`${locale} webfont`, font.url, 'font/woff2']),
  ])('serves the %s under a content-hashed name, cached for a year', async (_name, path, type) => {
    expect(path).toMatch(/\.[0-9a-f]{12}\.(js|woff2)$/);
    const res = await fetchAsset(path);
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toContain(type);
    expect(res.headers.get('Cache-Control')).toBe('public, max-age=31536000, immutable');
    expect(res.headers.get('X-Content-Type-Options')).toBe('nosniff');
  });
});
