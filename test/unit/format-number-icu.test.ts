// Node ships full ICU, so the registry's digits and separators can be checked against CLDR here.
import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../worker/i18n/format-number';
import { LOCALE_INFO } from '../../worker/i18n/locales';

const cldr = (tag: string, value: number, decimals: number) =>
  new Intl.NumberFormat(tag, { minimumFractionDigits: decimals, maximumFractionDigits: decimals, roundingMode: 'halfExpand' }).format(
    value,
  );

const samples = [0, 0.1, 0.75, 2.2, 8.16, 15, 30, 73.04, 200, 500, 1000, 2015, 12345.678, 1234567, -42.5];

describe.each(LOCALE_INFO.map((l) => [l.code, l] as const))('formatNumber(%s) agrees with CLDR through ICU', (code, info) => {
  const tag = `${info.hreflang}-u-nu-${info.numberingSystem}`;
  it.each(samples.flatMap((v) => [0, 1, 2].map((d) => [v, d] as const)))('%d with %d decimals', (value, decimals) => {
    expect(formatNumber(value, code, decimals)).toBe(cldr(tag, value, decimals));
  });
});

// ICU knows no month names for a language it does not have (a pseudo-locale): those are checked by hand.
const withCldrMonths = LOCALE_INFO.filter((l) => Intl.DateTimeFormat.supportedLocalesOf(l.hreflang).length > 0);
describe.each(withCldrMonths.map((l) => [l.code, l] as const))('%s month names', (_code, info) => {
  it("are CLDR's", () => {
    const months = Array.from({ length: 12 }, (_, m) =>
      new Intl.DateTimeFormat(info.hreflang, { month: 'long', timeZone: 'UTC' }).format(Date.UTC(2026, m, 15)),
    );
    expect(info.months).toEqual(months);
  });
});
