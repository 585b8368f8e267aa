// `npm run i18n:status`: the Khmer translation's missing and stale strings.
//   npm run i18n:status                      report; exit 1 on missing (and on stale with I18N_STRICT=1)
//   npm run i18n:status -- --mark KEY [KEY…] after revising a translation, record it as current
//   npm run i18n:status -- --mark-all        the same for every stale key
import { readFile, writeFile } from 'node:fs/promises';
import type { SourceMessages, TranslatedMessages } from '../worker/content/types';
import { markTranslated, statusFails, translationStatus } from './i18n/translation-status';

const EN = 'content/story/en.json';
const KM = 'content/story/km.json';

const en = JSON.parse(await readFile(EN, 'utf8')) as SourceMessages;
let km = JSON.parse(await readFile(KM, 'utf8')) as TranslatedMessages;
const args = process.argv.slice(2);

if (args[0] === '--mark' || args[0] === '--mark-all') {
  const keys = args[0] === '--mark-all' ? translationStatus(en, km).stale : args.slice(1);
  km = markTranslated(en, km, keys);
  await writeFile(KM, JSON.stringify(km, null, 2) + '\n');
  console.log(`marked ${keys.length} Khmer string(s) as translating the current English`);
}

const status = translationStatus(en, km);
for (const key of status.missing) console.log(`missing  ${key}  (English: ${JSON.stringify(en[key])})`);
for (const key of status.stale) console.log(`stale    ${key}  (English now: ${JSON.stringify(en[key])})`);
for (const key of status.orphaned) console.log(`orphaned ${key}  (no English string has this key)`);
const strict = process.env.I18N_STRICT === '1';
console.log(`${status.missing.length} missing, ${status.stale.length} stale`);
process.exit(statusFails(status, strict) ? 1 : 0);
