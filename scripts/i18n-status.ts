// `npm run i18n:status`: every translation's missing and stale strings.
//   npm run i18n:status                      report; exit 1 on missing (and on stale with I18N_STRICT=1)
//   npm run i18n:status -- --mark KEY [KEY…] after revising a translation, record it as current
//   npm run i18n:status -- --mark-all        the same for every stale key
//   --locale CODE                            limit either to one translation
import { readFile, writeFile } from 'node:fs/promises';
import type { SourceMessages, TranslatedMessages } from '../worker/content/types';
import { storyFile } from '../worker/content/validate';
import { FALLBACK_LOCALE, LOCALES } from '../worker/i18n/locales';
import { markTranslated, statusFails, translationStatus } from './i18n/translation-status';

const args = process.argv.slice(2);
const localeAt = args.indexOf('--locale');
const only = localeAt >= 0 ? args.splice(localeAt, 2)[1] : undefined;
const translations = LOCALES.filter((l) => l !== FALLBACK_LOCALE && (only === undefined || l === only));
if (translations.length === 0) throw new Error(`no translation "${only}" in content/locales.json`);

const en = JSON.parse(await readFile(storyFile(FALLBACK_LOCALE), 'utf8')) as SourceMessages;
const strict = process.env.I18N_STRICT === '1';
let missing = 0;
let stale = 0;
let fails = false;

for (const locale of translations) {
  const file = storyFile(locale);
  let messages = JSON.parse(await readFile(file, 'utf8')) as TranslatedMessages;
  if (args[0] === '--mark' || args[0] === '--mark-all') {
    const keys = args[0] === '--mark-all' ? translationStatus(en, messages).stale : args.slice(1);
    messages = markTranslated(en, messages, keys);
    await writeFile(file, JSON.stringify(messages, null, 2) + '\n');
    console.log(`${file}: marked ${keys.length} string(s) as translating the current source text`);
  }
  const status = translationStatus(en, messages);
  for (const key of status.missing) console.log(`${locale} missing  ${key}  (source: ${JSON.stringify(en[key])})`);
  for (const key of status.stale) console.log(`${locale} stale    ${key}  (source now: ${JSON.stringify(en[key])})`);
  for (const key of status.orphaned) console.log(`${locale} orphaned ${key}  (the source has no such key)`);
  console.log(`${locale}: ${status.missing.length} missing, ${status.stale.length} stale`);
  missing += status.missing.length;
  stale += status.stale.length;
  fails ||= statusFails(status, strict);
}

console.log(`all translations: ${missing} missing, ${stale} stale`);
process.exit(fails ? 1 : 0);
