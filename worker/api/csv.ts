// RFC 4180 CSV of every figure: CRLF line ends, a header row, fields quoted when they must be.
import { figures, dataset } from '../content';
import { formatFigure } from '../i18n/format-figure';
import type { Locale } from '../i18n/locales';
import { message } from '../i18n/messages';
import { text } from '../i18n/rich-text';

export const CSV_COLUMNS = [
  'id',
  'value',
  'low',
  'high',
  'unit',
  'qualifier',
  'year',
  'period_from',
  'period_to',
  'period_approximate',
  'population',
  'max_age',
  'places',
  'label',
  'display',
  'source_title',
  'source_publisher',
  'source_date',
  'source_url',
] as const;

/**
 * A text cell a spreadsheet would read as a formula (OWASP, "CSV Injection"). Such cells get a
 * leading apostrophe, which spreadsheets take as "this is text". Numbers are written as they are:
 * String(number) is a plain numeric literal, never a formula, so a real -5 stays a number, while
 * the text "-5" (a label, say) is prefixed like any other text. The data has no negative numbers.
 */
export const FORMULA_START = /^[=+\-@\t\r]/;

export type CsvValue = string | number | null | undefined;
export type CsvRecord = Record<(typeof CSV_COLUMNS)[number], CsvValue>;

export function csvField(value: CsvValue): string {
  let s = value === null || value === undefined ? '' : String(value);
  if (typeof value === 'string' && FORMULA_START.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** One record per figure, before any CSV escaping: also what the content gate checks. */
export function prevalenceCsvRecords(locale: Locale): Array<{ id: string; record: CsvRecord }> {
  return figures.map((f) => {
    const source = dataset.sources.find((s) => s.id === f.source);
    const range = typeof f.value === 'object' ? f.value : undefined;
    const record: CsvRecord = {
      id: f.id,
      value: range ? undefined : (f.value as number),
      low: range?.low,
      high: range?.high,
      unit: f.unit,
      qualifier: f.qualifier,
      // As in the API: a figure over a period has no single year.
      year: f.period ? undefined : f.year,
      period_from: f.period?.from,
      period_to: f.period?.to,
      // The source gave no exact years ("early 2000s"): from and to are the data's reading of it.
      period_approximate: f.period ? String(f.period.approximate === true) : undefined,
      population: f.population,
      max_age: dataset.populations[f.population]?.maxAge,
      places: f.places.map((p) => message(locale, `place.${p}`)).join('; '),
      label: text(locale, `figure.${f.id}.label`),
      display: formatFigure(f, locale),
      source_title: source?.title,
      source_publisher: source?.publisher,
      source_date: source?.date,
      source_url: source?.url,
    };
    return { id: f.id, record };
  });
}

/**
 * Excel reads a CSV without a byte-order mark in the system's legacy code page, which garbles
 * Khmer and the en dash; with one it reads UTF-8. Other readers skip the mark.
 */
export const UTF8_BOM = '\uFEFF';

export function prevalenceCsv(locale: Locale): string {
  const rows = prevalenceCsvRecords(locale).map(({ record }) => CSV_COLUMNS.map((c) => csvField(record[c])).join(','));
  return UTF8_BOM + [CSV_COLUMNS.join(','), ...rows].join('\r\n') + '\r\n';
}

export function csvFileName(locale: Locale): string {
  return `cambodia-prevalence-${dataset.version}-${locale}.csv`;
}
