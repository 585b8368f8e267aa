import { describe, expect, it } from 'vitest';
import app from './index';
import { isolateCaches } from './http/isolate-cache';
import { warmUp, warmUpPaths } from './warm-up';

describe('the start-up warm-up', () => {
  it('reaches a built page, an API body, oEmbed and the negotiation, not an error or a redirect to another host', async () => {
    expect(warmUpPaths()).toHaveLength(4);
    expect(await warmUp(app)).toEqual([302, 200, 200, 200]);
  });

  it('keeps nothing it built: every isolate cache is empty after it', async () => {
    await warmUp(app);
    expect(isolateCaches.length).toBeGreaterThan(0);
    for (const cache of isolateCaches) expect(cache.size, cache.name).toBe(0);
  });
});
