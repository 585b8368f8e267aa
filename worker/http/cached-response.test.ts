import { describe, expect, it } from 'vitest';
import { RenderCache, respondCached, withOriginEtag } from './cached-response';
import { strongEtag } from './etag';

describe('RenderCache', () => {
  it('renders each key once per isolate', async () => {
    const cache = new RenderCache('test');
    let renders = 0;
    const render = () => `page ${++renders}`;
    const [a, b] = await Promise.all([cache.get('story:km', render), cache.get('story:km', render)]);
    expect(await cache.get('story:km', render)).toBe(a);
    expect(b).toBe(a);
    expect(renders).toBe(1);
    await cache.get('story:en', render);
    expect(renders).toBe(2);
  });

  it('forgets a render that threw, so the next request can succeed', async () => {
    const cache = new RenderCache('test');
    await expect(
      cache.get('x', () => {
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect((await cache.get('x', () => 'ok')).body).toBe('ok');
  });

  it('never holds more than its bound: the oldest entry goes first', async () => {
    const cache = new RenderCache('test', 3);
    for (let i = 0; i < 10; i++) await cache.get(`k${i}`, () => `page ${i}`);
    expect(cache.size).toBe(3);
    let renders = 0;
    await cache.get('k9', () => `again ${++renders}`);
    await cache.get('k0', () => `again ${++renders}`);
    expect(renders).toBe(1);
  });
});

describe('respondCached', () => {
  it('answers a matching If-None-Match with 304 and keeps the validators', async () => {
    const cached = await new RenderCache('test').get('k', () => 'body');
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
    const built = await strongEtag('<a href="https://public-origin.invalid/en/">');
    const tag = withOriginEtag(built, 'https://story.example.org');
    expect(tag).toMatch(/^"[0-9a-f]{32}"$/);
    expect(tag).toBe(withOriginEtag(built, 'https://story.example.org'));
    expect(tag).not.toBe(built);
    expect(tag).not.toBe(withOriginEtag(built, 'https://staging.story.example.org'));
    expect(tag).not.toBe(withOriginEtag(await strongEtag('other bytes'), 'https://story.example.org'));
  });
});
