import { toKhmerDigits } from './khmer-digits';
import type { Locale } from './locales';

// CLDR's symbols: English groups with "," and uses "." for decimals; Khmer is the other way round.
const SYMBOLS: Record<Locale, { group: string; decimal: string }> = {
  en: { group: ',', decimal: '.' },
  km: { group: '.', decimal: ',' },
};

/** Formats a number with a fixed count of decimals, grouped in thousands, in the locale's digits. */
export function formatNumber(value: number, locale: Locale, decimals = 0): string {
  if (!Number.isFinite(value)) throw new RangeError(`cannot format ${value}`);
  const { group, decimal } = SYMBOLS[locale];
  const fixed = Math.abs(value).toFixed(decimals);
  const [whole = '0', fraction] = fixed.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  const negative = value < 0 && Number(fixed) !== 0;
  const text = (negative ? '-' : '') + grouped + (fraction ? decimal + fraction : '');
  return locale === 'km' ? toKhmerDigits(text) : text;
}

/** Formats a year (no grouping) in the locale's digits. */
export function formatYear(year: number, locale: Locale): string {
  const text = String(Math.trunc(year));
  return locale === 'km' ? toKhmerDigits(text) : text;
}
