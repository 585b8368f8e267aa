import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvFormulaWarnings, type CsvRecordsByLocale } from './csv-safety';
import { CSV_COLUMNS, csvField, prevalenceCsv, prevalenceCsvRecords } from './csv';
import { SOURCE, TRANSLATED } from '../../test/support/locales';
import type { Locale } from '../i18n/locales';

/** The one field csvField wrote, as a spreadsheet reads it back (RFC 4180 quoting undone). */
const readField = (field: string) => (field.startsWith('"') ? field.slice(1, -1).replace(/""/g, '"') : field);

describe('CSV cells cannot be formulas', () => {
  it.each(['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx', '=HYPERLINK("http://evil","x")', '-5'])(
    'text %j is written as text, with a leading apostrophe',
    (text) => {
      expect(readField(csvField(text))).toBe(`'${text}`);
    },
  );

  it('keeps RFC 4180 quoting around a neutralised cell', () => {
    expect(csvField('=1,2')).toBe(`"'=1,2"`);
    expect(csvField('=A1&"x"')).toBe(`"'=A1&""x"""`);
  });

  it('leaves numbers as numbers: a negative number is not a formula', () => {
    expect(csvField(-5)).toBe('-5');
    expect(csvField(8.16)).toBe('8.16');
    expect(csvField(null)).toBe('');
  });

  it('leaves other text alone', () => {
    expect(csvField('Phnom Penh; Siem Reap')).toBe('Phnom Penh; Siem Reap');
    expect(csvField("'quoted")).toBe("'quoted");
    expect(csvField('a=b')).toBe('a=b');
  });

  it('for any text, the cell never starts with a formula character and keeps the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const read = readField(csvField(text));
        expect(read).not.toMatch(/^[=+\-@\t\r]/);
        expect([text, `'${text}`]).toContain(read);
      }),
      { numRuns: 2000 },
    );
  });

  it('the published CSV has no cell that starts with a formula character', () => {
    for (const locale of [SOURCE, TRANSLATED] as const) {
      const fields = prevalenceCsv(locale).match(/"(?:[^"]|"")*"|[^,\r\n]*/g) ?? [];
      expect(fields.length).toBeGreaterThan(CSV_COLUMNS.length * 2);
      for (const field of fields) expect(readField(field)).not.toMatch(/^[=+\-@\t\r]/);
    }
  });
});

describe('content gate: csvFormulaWarnings', () => {
  it('finds nothing in the shipped content', () => {
    expect(csvFormulaWarnings()).toEqual([]);
  });

  it('names the file, figure and column of each formula-like cell, once per data cell', () => {
    const edited = (locale: Locale) =>
      prevalenceCsvRecords(locale).map(({ id, record }, i) =>
        i === 0
          ? { id, record: { ...record, label: locale === TRANSLATED ? '=cmd' : record.label, source_publisher: '@evil', unit: '-5' } }
          : { id, record },
      );
    const records: CsvRecordsByLocale = { [SOURCE]: edited(SOURCE), [TRANSLATED]: edited(TRANSLATED) };
    const first = records[SOURCE]?.[0]?.id;
    const warnings = csvFormulaWarnings(records);
    expect(warnings.map((w) => [w.file, w.key]).sort()).toEqual(
      [
        ['content/data/figures.json', `${first} (CSV column source_publisher)`],
        ['content/data/figures.json', `${first} (CSV column unit)`],
        [`content/story/${TRANSLATED}.json`, `${first} (CSV column label)`],
      ].sort(),
    );
    expect(warnings.find((w) => w.key.includes('source_publisher'))?.message).toMatch(/starts with "@".*formula/);
    expect(CSV_COLUMNS).toContain('label');
  });
});
