// An injected fault. Nothing is rendered per request any more: every page and API body is built
// at deploy time (worker/generated/prerendered.ts), so a fault now means the built bodies fail to
// load. Every kind of response must then be a localized error page or problem+json that is never
// stored and shows no stack, and the first request after the fault is served normally. A body the
// build did not write is a 404, never a 5xx.
import { describe, expect, it, vi } from 'vitest';
import { fetchApp } from './fetch';
import { SOURCE, TRANSLATED } from '../support/locales';

const MARKER = 'injected-fault-7f3a';

const fault = vi.hoisted(() => ({ on: false, missing: new Set<string>() }));

// The error pages themselves stay readable: they are what a fault is answered with.
vi.mock('../../worker/generated/prerendered', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../worker/generated/prerendered')>();
  return {
    prerendered: new Proxy(real.prerendered, {
      getOwnPropertyDescriptor(target, key) {
        if (typeof key === 'string' && !key.startsWith('error:')) {
          if (fault.on) throw new Error(`${MARKER}: built bodies`);
          if (fault.missing.has(key)) return undefined;
        }
        return Reflect.getOwnPropertyDescriptor(target, key);
      },
    }),
  };
});

const cases: [string, string, string][] = [
  [`/${TRANSLATED}/`, 'text/html', TRANSLATED],
  [`/${SOURCE}/f/minors-2015`, 'text/html', SOURCE],
  [`/embed/minors-2015?lang=${TRANSLATED}`, 'text/html', TRANSLATED],
  [`/api/v1/prevalence?lang=${TRANSLATED}`, 'application/problem+json', ''],
  ['/api/v1/prevalence/cases', 'application/problem+json', ''],
];

describe('with the built bodies failing to load', () => {
  it.each(cases)('%s answers a 500 that is never stored and shows no stack, then recovers at once', async (path, type, lang) => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    fault.on = true;
    try {
      const res = await fetchApp(path);
      expect(res.status).toBe(500);
      expect(res.headers.get('Content-Type')).toContain(type);
      expect(res.headers.get('Cache-Control')).toBe('private, no-store');
      const body = await res.text();
      expect(body).not.toContain(MARKER);
      expect(body).not.toMatch(/at \S+ \(|\.ts:\d+/);
      if (lang) expect(body).toContain(`<html lang="${lang}"`);
      expect(errors).toHaveBeenCalled();
    } finally {
      fault.on = false;
      errors.mockRestore();
    }
    const next = await fetchApp(path);
    expect(next.status).toBe(200);
  });
});

describe('with a body missing from the build', () => {
  it.each([
    [`/${SOURCE}/sources`, `sources:${SOURCE}`, 'text/html', SOURCE],
    [`/${TRANSLATED}/data?figure=cases&lang=${SOURCE}`, `data:${TRANSLATED}:cases:${SOURCE}`, 'text/html', TRANSLATED],
    ['/api/v1/schema.json', 'api:schema', 'application/problem+json', ''],
  ])('%s answers a 404, then is served once the body is there', async (path, key, type, lang) => {
    fault.missing.add(key);
    try {
      const res = await fetchApp(path);
      expect(res.status).toBe(404);
      expect(res.headers.get('Content-Type')).toContain(type);
      if (lang) expect(await res.text()).toContain(`<html lang="${lang}"`);
    } finally {
      fault.missing.delete(key);
    }
    expect((await fetchApp(path)).status).toBe(200);
  });
});
