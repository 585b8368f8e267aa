// A content-gate warning: text that would start a CSV cell with a formula character. The CSV
// still neutralises such a cell (worker/api/csv.ts), but the reader of the spreadsheet then sees a
// stray apostrophe, so the editor should hear about it before a deploy.
import { CSV_COLUMNS, FORMULA_START, prevalenceCsvRecords, type CsvRecord } from './csv';
import { LOCALES, type Locale } from '../i18n/locales';
import type { Problem } from '../content/validate';

export type CsvRecordsByLocale = Record<Locale, Array<{ id: string; record: CsvRecord }>>;

const DATA_FILE = 'content/data/figures.json';
// Columns written from the locale's messages; every other column comes from the data file.
const MESSAGE_COLUMNS = new Set<string>(['label', 'places', 'display']);

const allRecords = (): CsvRecordsByLocale =>
  Object.fromEntries(LOCALES.map((locale) => [locale, prevalenceCsvRecords(locale)])) as CsvRecordsByLocale;

const describe = (ch: string) => (ch === '\t' ? 'a tab' : ch === '\r' ? 'a carriage return' : `"${ch}"`);

/** One warning per text cell of the published CSV that starts with =, +, -, @, TAB or CR. */
export function csvFormulaWarnings(records: CsvRecordsByLocale = allRecords()): Problem[] {
  const warnings: Problem[] = [];
  const seen = new Set<string>();
  for (const locale of LOCALES) {
    for (const { id, record } of records[locale] ?? []) {
      for (const column of CSV_COLUMNS) {
        const value = record[column];
        if (typeof value !== 'string' || !FORMULA_START.test(value)) continue;
        const file = MESSAGE_COLUMNS.has(column) ? `content/story/${locale}.json` : DATA_FILE;
        // Data columns are the same in both locales: warn once.
        const where = `${file} ${id}.${column}`;
        if (seen.has(where)) continue;
        seen.add(where);
        warnings.push({
          file,
          key: `${id} (CSV column ${column})`,
          message: `starts with ${describe(value[0] ?? '')}, which a spreadsheet reads as a formula; the CSV writes it as text with a leading apostrophe`,
        });
      }
    }
  }
  return warnings;
}
