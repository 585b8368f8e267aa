// A pseudo-locale "qaa" (ISO 639's range for local use): the source text with accented letters,
// added as content only (a registry entry and one story file). The pseudo-locale test serves it,
// and `npm run test:third-locale` runs every suite with it, so a test that assumes two languages
// fails the day it is written.
import { cpSync, mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { FALLBACK_LOCALE, type LocaleInfo } from '../../worker/i18n/locales';
import { sourceHash } from '../i18n/translation-status';

export const PSEUDO = 'qaa';

// Accents keep the source's shape (its length, its line breaks, its numbers) but not its words, so a
// test that expects the source text in another language fails. Placeholders ({fig:id}), code a
// translator keeps as it is (lang=en, embed.js, stale-if-error) and acronyms (JSON, CSV) stay whole.
const ACCENTED: Record<string, string> = {
  a: 'å',
  e: 'é',
  i: 'î',
  o: 'ö',
  u: 'û',
  c: 'ç',
  n: 'ñ',
  s: 'š',
  A: 'Å',
  E: 'É',
  I: 'Î',
  O: 'Ö',
  U: 'Û',
};
const isCode = (word: string) => /^\{.*\}$|\w[-.:=/_]\w|^[A-Z0-9]{2,}\W*$/.test(word);
export const pseudo = (s: string) =>
  s.replace(/\{[^}]*\}|[^\s{]+/g, (word) => (isCode(word) ? word : word.replace(/[aeioucnsAEIOU]/g, (m) => ACCENTED[m] ?? m)));

/** Adds the pseudo-locale to the project at `root`: a registry entry and its content/story file. */
export function addPseudoLocale(root: string): void {
  const registryFile = join(root, 'content/locales.json');
  const registry = JSON.parse(readFileSync(registryFile, 'utf8')) as LocaleInfo[];
  if (registry.some((l) => l.code === PSEUDO)) return;
  const source = registry.find((l) => l.code === FALLBACK_LOCALE)!;
  registry.push({
    ...source,
    code: PSEUDO,
    name: pseudo('Pseudo'),
    hreflang: PSEUDO,
    ogLocale: 'qaa_ZZ',
    months: source.months.map(pseudo),
  });
  writeFileSync(registryFile, JSON.stringify(registry, null, 2) + '\n');
  const text = JSON.parse(readFileSync(join(root, `content/story/${source.code}.json`), 'utf8')) as Record<string, string>;
  const translated = Object.fromEntries(Object.entries(text).map(([key, t]) => [key, { text: pseudo(t), en: sourceHash(t) }]));
  writeFileSync(join(root, `content/story/${PSEUDO}.json`), JSON.stringify(translated, null, 2) + '\n');
}

// Never copied: dependencies (linked instead), history, build output and reports. Share cards
// already rendered (.cache) come along, so only the new language's are drawn.
const SKIPPED = new Set(['node_modules', '.git', 'dist', 'test-results', 'screenshots', '.wrangler']);

/** A copy of the project in a new temporary folder, sharing node_modules, with built output left out. */
export function copyProject(prefix: string, from = resolve('.')): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  for (const entry of readdirSync(from)) {
    if (SKIPPED.has(entry)) continue;
    cpSync(join(from, entry), join(dir, entry), { recursive: true, filter: (src) => !src.includes('/generated/') });
  }
  symlinkSync(join(from, 'node_modules'), join(dir, 'node_modules'));
  return dir;
}
