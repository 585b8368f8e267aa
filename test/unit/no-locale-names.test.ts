// Tests read the registry: none names a real language, except the tests of that language's own
// content. A test that writes a code by hand ('/km/', lang=en, km.json) assumes today's languages,
// and fails or says nothing the day another is added (npm run test:third-locale).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../worker/i18n/locales';

// The tests of one language's own content: its digits, words, shaping, fonts and glossary.
const OWN_CONTENT = new Set([
  'worker/i18n/format-figure.test.ts',
  'worker/i18n/natural-frequency.test.ts',
  'worker/i18n/negotiate.test.ts',
  'test/unit/glossary.test.ts',
  'test/unit/khmer-text.test.ts',
  'test/unit/khmer-fallback.test.ts',
  'test/unit/care.test.ts',
  'test/e2e/share-card-shaping.test.ts',
  'test/e2e/rendered-lines.ts',
]);

function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'node_modules' || e.name === 'generated' ? [] : testFiles(path);
    return /\.(test\.tsx?|ts)$/.test(e.name) && (path.startsWith('test/') || /\.test\.tsx?$/.test(e.name)) ? [path] : [];
  });
}

/** The ways a test names a language: a quoted code, a path, a query or cookie value, a file, a key, a tag. */
function namings(code: string): RegExp {
  const c = code.replace(/[^a-z0-9-]/gi, '');
  return new RegExp(
    [
      `['"\`]${c}['"\`]`,
      `/${c}/`,
      `=${c}(?![\\w-])`,
      `\\b${c}\\.json`,
      `:${c}\\b(?![:-])`,
      `\\b${c}-[A-Z]{2}\\b`,
      `\\b${c}_[A-Z]{2}\\b`,
      `\\b${c};q=`,
    ].join('|'),
    'i',
  );
}

describe('test files name no real language', () => {
  const files = [...testFiles('test'), ...testFiles('worker'), ...testFiles('client'), ...testFiles('scripts')].filter(
    (f) => !OWN_CONTENT.has(f) && f !== 'test/unit/no-locale-names.test.ts',
  );

  it('finds the test files', () => {
    expect(files.length).toBeGreaterThan(40);
  });

  it.each(LOCALES)('none writes %s by hand: they read it from test/support/locales.ts or the registry', (code) => {
    const pattern = namings(code);
    const found = files.flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .map((line, i) => [line, i] as const)
        .filter(([line]) => pattern.test(line) && !/^\s*(\/\/|\*)/.test(line))
        .map(([line, i]) => `${file}:${i + 1}: ${line.trim()}`),
    );
    expect(found).toEqual([]);
  });
});
