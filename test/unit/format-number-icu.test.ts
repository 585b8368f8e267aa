// Node ships full ICU, so the hand-written Khmer formatter can be checked against CLDR here.
import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../worker/i18n/format-number';

const cldr = (value: number, decimals: number) =>
  new Intl.NumberFormat('km-u-nu-khmr', { minimumFractionDigits: decimals, maximumFractionDigits: decimals, roundingMode: 'halfExpand' }).format(value);

describe('formatNumber("km") agrees with CLDR through ICU', () => {
  const samples = [0, 0.1, 0.75, 2.2, 8.16, 15, 30, 73.04, 200, 500, 1000, 2015, 12345.678, 1234567, -42.5];
  it.each(samples.flatMap((v) => [0, 1, 2].map((d) => [v, d] as const)))('%d with %d decimals', (value, decimals) => {
    expect(formatNumber(value, 'km', decimals)).toBe(cldr(value, decimals));
  });

  it('agrees with English CLDR too', () => {
    for (const value of samples) {
      expect(formatNumber(value, 'en', 2)).toBe(new Intl.NumberFormat('en', { minimumFractionDigits: 2, maximumFractionDigits: 2, roundingMode: 'halfExpand' }).format(value));
    }
  });
});
