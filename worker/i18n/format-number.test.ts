import { describe, expect, it } from 'vitest';
import { formatDate, formatNumber, formatYear, localeDigits } from './format-number';
import { FALLBACK_LOCALE, LOCALE_INFO } from './locales';

// The registry's locale written in Khmer digits: the one whose figures must not look English.
const khmer = LOCALE_INFO.find((l) => l.numberingSystem === 'khmr')!.code;

describe('formatNumber', () => {
  it('formats English with "." decimals and "," groups', () => {
    expect(formatNumber(8.16, FALLBACK_LOCALE, 2)).toBe('8.16');
    expect(formatNumber(1234567.5, FALLBACK_LOCALE, 1)).toBe('1,234,567.5');
    expect(formatNumber(500, FALLBACK_LOCALE)).toBe('500');
  });

  it('formats Khmer in Khmer digits with CLDR symbols ("," decimals, "." groups)', () => {
    expect(formatNumber(8.16, khmer, 2)).toBe('៨,១៦');
    expect(formatNumber(0.75, khmer, 2)).toBe('០,៧៥');
    expect(formatNumber(2.2, khmer, 1)).toBe('២,២');
    expect(formatNumber(1234567, khmer)).toBe('១.២៣៤.៥៦៧');
  });

  it('rounds to the requested decimals', () => {
    expect(formatNumber(73.0392, FALLBACK_LOCALE, 0)).toBe('73');
    expect(formatNumber(73.0392, khmer, 0)).toBe('៧៣');
    expect(formatNumber(0.1, khmer, 1)).toBe('០,១');
  });

  it('keeps the sign, and drops it for a value that rounds to zero', () => {
    expect(formatNumber(-1500, khmer)).toBe('-១.៥០០');
    expect(formatNumber(-0.001, FALLBACK_LOCALE, 1)).toBe('0.0');
  });

  it('refuses values that are not numbers', () => {
    expect(() => formatNumber(Number.NaN, FALLBACK_LOCALE)).toThrow(RangeError);
  });

  it('writes years without grouping', () => {
    expect(formatYear(2015, FALLBACK_LOCALE)).toBe('2015');
    expect(formatYear(2015, khmer)).toBe('២០១៥');
  });

  it('maps each digit and keeps everything else', () => {
    expect(localeDigits('0123456789', khmer)).toBe('០១២៣៤៥៦៧៨៩');
    expect(localeDigits('8.16% IJM', khmer)).toBe('៨.១៦% IJM');
  });

  it('writes dates out, never as ISO dates in local digits', () => {
    expect(formatDate('2026-11-28', FALLBACK_LOCALE)).toBe('28\u00a0November\u00a02026');
    expect(formatDate('2026-11-28', khmer)).toBe('២៨\u00a0វិច្ឆិកា\u00a0២០២៦');
    expect(formatDate('2026-01-05', khmer)).toBe('៥\u00a0មករា\u00a0២០២៦');
    expect(() => formatDate('28/11/2026', khmer)).toThrow(RangeError);
  });
});

describe('Intl in this runtime', () => {
  it('has no Khmer data, which is why the formatter exists', () => {
    // If this starts to fail, workerd gained Khmer Intl data; the formatter stays correct either way.
    expect(new Intl.NumberFormat(`${khmer}-u-nu-khmr`).format(8)).not.toBe('៨');
  });
});
