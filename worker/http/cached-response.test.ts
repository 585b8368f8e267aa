import { describe, expect, it } from 'vitest';
import { respondCached, withOriginEtag } from './cached-response';
import { IsolateCache } from './isolate-cache';
import { strongEtag } from './etag';
import { SOURCE } from '../../test/support/locales';

describe('IsolateCache', () => {
  it('makes each entry once per isolate', () => {
    const cache = new IsolateCache<string>('test');
    let made = 0;
    const make = () => `page ${++made}`;
    const a = cache.get('story:a', make);
    expect(cache.get('story:a', make)).toBe(a);
    expect(made).toBe(1);
    cache.get('story:b', make);
    expect(made).toBe(2);
  });

  it('stores nothing for a make that threw, so the next request can succeed', () => {
    const cache = new IsolateCache<string>('test');
    expect(() =>
      cache.get('x', () => {
        throw new Error('boom');
      }),
    ).toThrow('boom');
    expect(cache.size).toBe(0);
    expect(cache.get('x', () => 'ok')).toBe('ok');
  });

  it('never holds more than its bound: the oldest entry goes first', () => {
    const cache = new IsolateCache<string>('test', 3);
    for (let i = 0; i < 10; i++) cache.get(`k${i}`, () => `page ${i}`);
    expect(cache.size).toBe(3);
    let made = 0;
    cache.get('k9', () => `again ${++made}`);
    cache.get('k0', () => `again ${++made}`);
    expect(made).toBe(1);
  });
});

describe('respondCached', () => {
  it('answers a matching If-None-Match with 304 and keeps the validators', async () => {
    const body = new Uint8Array(new TextEncoder().encode('body'));
    const cached = { body, etag: await strongEtag('body') };
    const res = respondCached(new Request('http://x/', { headers: { 'If-None-Match': `"nope", ${cached.etag}` } }), cached, {
      'Cache-Control': 'public',
    });
    expect(res.status).toBe(304);
    expect(res.headers.get('ETag')).toBe(cached.etag);
    expect(res.headers.get('Cache-Control')).toBe('public');
  });
});

describe('withOriginEtag', () => {
  it('keeps a 32-digit strong tag, the same for one origin and different per origin', async () => {
    const built = await strongEtag(`<a href="https://public-origin.invalid/${SOURCE}/">`);
    const tag = withOriginEtag(built, 'https://story.example.org');
    expect(tag).toMatch(/^"[0-9a-f]{32}"$/);
    expect(tag).toBe(withOriginEtag(built, 'https://story.example.org'));
    expect(tag).not.toBe(built);
    expect(tag).not.toBe(withOriginEtag(built, 'https://staging.story.example.org'));
    expect(tag).not.toBe(withOriginEtag(await strongEtag('other bytes'), 'https://story.example.org'));
  });
});
