import { localeInfo, type Locale } from './locales';

// Intl has no Khmer data in workerd or Chromium (Intl.NumberFormat('km') silently formats in
// English), so digits and separators come from the locale registry (CLDR's values).

/** Writes ASCII digits 0–9 in the locale's own digits; everything else is kept. */
export function localeDigits(text: string, locale: Locale): string {
  const { digits } = localeInfo(locale);
  if (digits === '0123456789') return text;
  const table = [...digits];
  return text.replace(/[0-9]/g, (d) => table[d.charCodeAt(0) - 48] ?? d);
}

/** Formats a number with a fixed count of decimals, grouped in thousands, in the locale's digits. */
export function formatNumber(value: number, locale: Locale, decimals = 0): string {
  if (!Number.isFinite(value)) throw new RangeError(`cannot format ${value}`);
  const { group, decimal } = localeInfo(locale);
  const fixed = Math.abs(value).toFixed(decimals);
  const [whole = '0', fraction] = fixed.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  const negative = value < 0 && Number(fixed) !== 0;
  return localeDigits((negative ? '-' : '') + grouped + (fraction ? decimal + fraction : ''), locale);
}

/** Formats a year (no grouping) in the locale's digits. */
export function formatYear(year: number, locale: Locale): string {
  return localeDigits(String(Math.trunc(year)), locale);
}

/** A calendar date written out: "28 November 2026", "២៨ វិច្ឆិកា ២០២៦". */
export function formatDate(isoDate: string, locale: Locale): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) throw new RangeError(`not an ISO date: ${isoDate}`);
  const [, year = '', month = '', day = ''] = match;
  const name = localeInfo(locale).months[Number(month) - 1];
  if (!name) throw new RangeError(`no month ${month}`);
  // No-break spaces: a date is read whole, never with its year on the next line.
  return [formatNumber(Number(day), locale), name, formatYear(Number(year), locale)].join('\u00a0');
}
