// RFC 4180 CSV of every figure: CRLF line ends, a header row, fields quoted when they must be.
import { figures, dataset } from '../content';
import { formatFigure } from '../i18n/format-figure';
import type { Locale } from '../i18n/locales';
import { message } from '../i18n/messages';
import { text } from '../i18n/rich-text';

export const CSV_COLUMNS = [
  'id', 'value', 'low', 'high', 'unit', 'qualifier', 'year', 'period_from', 'period_to',
  'population', 'max_age', 'places', 'label', 'display', 'source_title', 'source_publisher', 'source_date', 'source_url',
] as const;

export function csvField(value: string | number | null | undefined): string {
  const s = value === null || value === undefined ? '' : String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function prevalenceCsv(locale: Locale): string {
  const rows = figures.map((f) => {
    const source = dataset.sources.find((s) => s.id === f.source);
    const range = typeof f.value === 'object' ? f.value : undefined;
    const record: Record<(typeof CSV_COLUMNS)[number], string | number | null | undefined> = {
      id: f.id,
      value: range ? undefined : (f.value as number),
      low: range?.low,
      high: range?.high,
      unit: f.unit,
      qualifier: f.qualifier,
      year: f.year,
      period_from: f.period?.from,
      period_to: f.period?.to,
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
    return CSV_COLUMNS.map((c) => csvField(record[c])).join(',');
  });
  return [CSV_COLUMNS.join(','), ...rows].join('\r\n') + '\r\n';
}

export function csvFileName(locale: Locale): string {
  return `cambodia-prevalence-${dataset.version}-${locale}.csv`;
}
