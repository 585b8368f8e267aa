import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { figures } from '../content';
import { dotCount, formatNaturalFrequency, naturalFrequency } from './natural-frequency';

describe('naturalFrequency', () => {
  it('says "about" when the count per 1,000 is rounded', () => {
    expect(naturalFrequency(8.16, 2)).toEqual({ kind: 'about', count: 82, per: 1000 });
    expect(naturalFrequency(8.14, 2)).toEqual({ kind: 'about', count: 81, per: 1000 });
  });

  it('gives the count alone when the share is a whole count per 1,000', () => {
    expect(naturalFrequency(2.2, 1)).toEqual({ kind: 'exact', count: 22, per: 1000 });
    expect(naturalFrequency(0.1, 1)).toEqual({ kind: 'exact', count: 1, per: 1000 });
    expect(naturalFrequency(2.2, 2)).toEqual({ kind: 'exact', count: 22, per: 1000 });
  });

  it('gives both neighbours when the count falls exactly halfway', () => {
    expect(naturalFrequency(0.75, 2)).toEqual({ kind: 'between', low: 7, high: 8, per: 1000 });
    expect(naturalFrequency(0.05, 2)).toEqual({ kind: 'between', low: 0, high: 1, per: 1000 });
  });

  it('decides exactness in whole units of the last decimal, not in floating point', () => {
    // 0.29 * 10 is 2.9000000000000004 in binary floating point; 0.3 * 10 is 3.
    expect(naturalFrequency(0.29, 2)).toEqual({ kind: 'about', count: 3, per: 1000 });
    expect(naturalFrequency(0.3, 1)).toEqual({ kind: 'exact', count: 3, per: 1000 });
    expect(naturalFrequency(1.15, 2)).toEqual({ kind: 'between', low: 11, high: 12, per: 1000 });
  });

  it('never strays more than half a count from the share, and is exact only when it is', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 0, max: 2 }), (units, decimals) => {
        const percent = units / 10 ** decimals;
        if (percent > 100) return;
        const nf = naturalFrequency(percent, decimals);
        const shown = nf.kind === 'between' ? (nf.low + nf.high) / 2 : nf.count;
        expect(Math.abs(shown - percent * 10)).toBeLessThanOrEqual(0.5 + 1e-9);
        expect(nf.kind === 'exact').toBe(Math.abs(percent * 10 - Math.round(percent * 10)) < 1e-9);
      }),
    );
  });

  it('refuses what is not a share', () => {
    expect(() => naturalFrequency(-1, 0)).toThrow(RangeError);
    expect(() => naturalFrequency(101, 0)).toThrow(RangeError);
    expect(() => naturalFrequency(Number.NaN, 0)).toThrow(RangeError);
    expect(() => naturalFrequency(5, 1.5)).toThrow(RangeError);
  });

  it('draws the lower neighbour of a halfway count as whole dots', () => {
    expect(dotCount(naturalFrequency(0.75, 2))).toBe(7);
    expect(dotCount(naturalFrequency(8.16, 2))).toBe(82);
  });
});

describe('formatNaturalFrequency', () => {
  it('words the count in English', () => {
    expect(formatNaturalFrequency(naturalFrequency(8.16, 2), 'en')).toBe('about 82 in every 1,000');
    expect(formatNaturalFrequency(naturalFrequency(2.2, 1), 'en')).toBe('22 in every 1,000');
    expect(formatNaturalFrequency(naturalFrequency(0.75, 2), 'en')).toBe('about 7 or 8 in every 1,000');
  });

  it('words the count in Khmer, in Khmer digits with Khmer grouping', () => {
    expect(formatNaturalFrequency(naturalFrequency(8.16, 2), 'km')).toBe('ប្រហែល\u00a0៨២\u00a0នាក់ ក្នុងចំណោម ១.០០០\u00a0នាក់');
    expect(formatNaturalFrequency(naturalFrequency(2.2, 1), 'km')).toBe('២២\u00a0នាក់ ក្នុងចំណោម ១.០០០\u00a0នាក់');
    expect(formatNaturalFrequency(naturalFrequency(0.75, 2), 'km')).toBe('ប្រហែល\u00a0៧ ឬ ៨\u00a0នាក់ ក្នុងចំណោម ១.០០០\u00a0នាក់');
  });

  it('words every measured share in the data in both locales, with no Latin digit in Khmer', () => {
    const measured = figures.filter((f) => f.unit === 'percent' && typeof f.value === 'number');
    expect(measured.length).toBeGreaterThanOrEqual(4);
    for (const figure of measured) {
      const nf = naturalFrequency(figure.value as number, figure.decimals);
      expect(formatNaturalFrequency(nf, 'en')).toMatch(/^(about )?\d+( or \d+)? in every 1,000$/);
      expect(formatNaturalFrequency(nf, 'km')).not.toMatch(/[0-9]/);
    }
  });
});
