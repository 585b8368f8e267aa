// The content gate: `npm run check:content`, run by `npm test` (through the node tests) and
// before every deploy. A broken edit fails here, naming the file and the key.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { ChangelogEntry, Dataset, SourceMessages, StepRecord, TranslatedMessages } from '../worker/content/types';
import { formatProblems, storyFile, validateContent, type Problem } from '../worker/content/validate';
import { FALLBACK_LOCALE, LOCALES } from '../worker/i18n/locales';
import { contentSchema } from './build/schemas';
import { csvFormulaWarnings } from '../worker/api/csv-safety';

const read = async <T>(path: string): Promise<T> => JSON.parse(await readFile(path, 'utf8')) as T;

/** Validates content/data/figures.json (or the given data, for tests) against its JSON Schema,
 * generated from worker/content/shapes.ts (the committed copy is for editors, and tested equal). */
export async function checkDataSchema(data?: unknown): Promise<Problem[]> {
  // strictRequired off: the figure schema says "value or derived" with oneOf + required.
  const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false });
  addFormats.default(ajv);
  const validate = ajv.compile(contentSchema());
  if (validate(data ?? (await read<unknown>('content/data/figures.json')))) return [];
  return (validate.errors ?? []).map((e) => ({
    file: 'content/data/figures.json',
    key: e.instancePath || '(root)',
    message: `${e.message ?? 'invalid'}${e.params ? ' ' + JSON.stringify(e.params) : ''}`,
  }));
}

export async function checkAllContent(): Promise<Problem[]> {
  const translations: Record<string, TranslatedMessages> = {};
  for (const locale of LOCALES.filter((l) => l !== FALLBACK_LOCALE)) {
    const file = storyFile(locale);
    if (existsSync(file)) translations[locale] = await read<TranslatedMessages>(file);
  }
  const files = {
    dataset: await read<Dataset>('content/data/figures.json'),
    steps: await read<StepRecord[]>('content/story/steps.json'),
    changelog: await read<ChangelogEntry[]>('content/data/changelog.json'),
    en: await read<SourceMessages>(storyFile(FALLBACK_LOCALE)),
    translations,
  };
  return [...(await checkDataSchema()), ...validateContent(files)];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const problems = await checkAllContent();
  if (problems.length > 0) {
    console.error(formatProblems(problems));
    console.error(`\ncontent check: ${problems.length} problem(s)`);
    process.exit(1);
  }
  // Not an error: the CSV neutralises such a cell, but a spreadsheet reader would see the apostrophe.
  const warnings = csvFormulaWarnings();
  if (warnings.length > 0) console.warn(`${formatProblems(warnings)}\n\ncontent check: ${warnings.length} CSV warning(s)`);
  console.log('content check: ok');
}
