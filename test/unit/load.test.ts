// The spike's arithmetic, and the spike itself against a tiny local server (not the Worker: the
// real run is `npm run load`, too heavy for the test suite).
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { percentile, spike, split } from '../../scripts/load';

describe('spike arithmetic', () => {
  it('splits connections into whole numbers that add up', () => {
    expect(split(200, 4)).toEqual([50, 50, 50, 50]);
    expect(split(50, 4)).toEqual([13, 13, 12, 12]);
    expect(split(3, 4)).toEqual([1, 1, 1, 0]);
  });

  it('takes nearest-rank percentiles', () => {
    const sorted = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(sorted, 0.5)).toBe(50);
    expect(percentile(sorted, 0.99)).toBe(99);
    expect(percentile([7], 0.99)).toBe(7);
    expect(percentile([], 0.5)).toBeNaN();
  });
});

describe('spike against a local server', () => {
  let server: Server;
  let origin = '';
  beforeAll(async () => {
    server = createServer((req, res) => {
      res.statusCode = req.url === '/missing' ? 404 : 200;
      res.end('ok');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('loads every route, counts non-2xx per route and summarises them all', async () => {
    const results = await spike(origin, { connections: 8, seconds: 2, rampSeconds: 1, steps: 2 }, ['/a', '/missing']);
    const byPath = Object.fromEntries(results.map((r) => [r.path, r]));
    expect(byPath['/a']?.requests).toBeGreaterThan(0);
    expect(byPath['/a']?.unexpected).toBe(0);
    expect(byPath['/missing']?.unexpected).toBe(byPath['/missing']?.requests);
    expect(byPath.all?.requests).toBe((byPath['/a']?.requests ?? 0) + (byPath['/missing']?.requests ?? 0));
    expect(byPath.all?.p99).toBeGreaterThanOrEqual(byPath.all?.p50 ?? Infinity);
  }, 30_000);
});
