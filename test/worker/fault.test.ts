// An injected fault: the modules that turn data into text and JSON throw. Every kind of response
// must then be a localized error page or problem+json that is never stored and shows no stack,
// and the first request after the fault is served normally.
import { describe, expect, it, vi } from 'vitest';
import { fetchApp } from './fetch';

const fault = vi.hoisted(() => ({ on: false }));
const MARKER = 'injected-fault-7f3a';

vi.mock('../../worker/i18n/format-figure', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../worker/i18n/format-figure')>();
  return {
    ...real,
    formatFigure: (...args: Parameters<typeof real.formatFigure>) => {
      if (fault.on) throw new Error(`${MARKER}: formatFigure`);
      return real.formatFigure(...args);
    },
  };
});

vi.mock('../../worker/api/serialize', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../worker/api/serialize')>();
  const failing =
    <A extends unknown[], R>(fn: (...a: A) => R) =>
    (...args: A): R => {
      if (fault.on) throw new Error(`${MARKER}: serialize`);
      return fn(...args);
    };
  return { ...real, datasetJson: failing(real.datasetJson), figureJson: failing(real.figureJson) };
});

const cases: [string, string, string][] = [
  ['/km/', 'text/html', 'km'],
  ['/en/f/minors-2015', 'text/html', 'en'],
  ['/embed/minors-2015?lang=km', 'text/html', 'km'],
  ['/api/v1/prevalence?lang=km', 'application/problem+json', ''],
  ['/api/v1/prevalence/cases', 'application/problem+json', ''],
];

describe('with the data modules failing', () => {
  it.each(cases)('%s answers a 500 that is never stored and shows no stack, then recovers at once', async (path, type, lang) => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    fault.on = true;
    try {
      // A path not rendered before in this isolate, so the render really runs.
      const res = await fetchApp(`${path}${path.includes('?') ? '&' : '?'}`.replace(/[?&]$/, ''));
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
