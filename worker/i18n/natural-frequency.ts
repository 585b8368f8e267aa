// A percentage as a count a reader can picture: "about 82 in every 1,000".
import { formatNumber } from './format-number';
import type { Locale } from './locales';
import { fill, message } from './messages';

export const PER = 1000;

/**
 * exact: the share is a whole count per 1,000 (2.2% is 22).
 * about: the count is rounded to the nearest whole one (8.16% is about 82).
 * between: the count falls exactly halfway, so both neighbours are given (0.75% is about 7 or 8).
 */
export type NaturalFrequency =
  | { kind: 'exact'; count: number; per: number }
  | { kind: 'about'; count: number; per: number }
  | { kind: 'between'; low: number; high: number; per: number };

/**
 * The count per 1,000 of a percentage given to `decimals` places. Worked in integers of the
 * value's last decimal place, so floating point never decides whether a count is exact.
 */
export function naturalFrequency(percent: number, decimals: number, per = PER): NaturalFrequency {
  if (!Number.isFinite(percent) || percent < 0 || percent > 100) throw new RangeError(`not a share: ${percent}`);
  if (!Number.isInteger(decimals) || decimals < 0) throw new RangeError(`bad decimals: ${decimals}`);
  // percent = units / 10^decimals, so count = units * per / (100 * 10^decimals) = units / divisor.
  const units = Math.round(percent * 10 ** decimals);
  const numerator = units * per;
  const divisor = 100 * 10 ** decimals;
  const whole = Math.floor(numerator / divisor);
  const remainder = numerator - whole * divisor;
  if (remainder === 0) return { kind: 'exact', count: whole, per };
  if (remainder * 2 === divisor) return { kind: 'between', low: whole, high: whole + 1, per };
  return { kind: 'about', count: remainder * 2 > divisor ? whole + 1 : whole, per };
}

/** The whole dots to draw for a frequency: a halfway count draws its lower neighbour. */
export function dotCount(frequency: NaturalFrequency): number {
  return frequency.kind === 'between' ? frequency.low : frequency.count;
}

/** "about 82 in every 1,000" in the locale's words and digits. */
export function formatNaturalFrequency(frequency: NaturalFrequency, locale: Locale): string {
  const per = formatNumber(frequency.per, locale);
  if (frequency.kind === 'between') {
    return fill(message(locale, 'nf.between'), {
      low: formatNumber(frequency.low, locale),
      high: formatNumber(frequency.high, locale),
      per,
    });
  }
  return fill(message(locale, `nf.${frequency.kind}`), { count: formatNumber(frequency.count, locale), per });
}
