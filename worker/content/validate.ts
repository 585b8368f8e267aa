// Checks across files, or beyond JSON Schema, that keep content/ whole: every locale complete,
// every reference resolvable, no number typed into prose. The shape itself is ./shapes.ts.
// Pure functions, run by tests and by `npm run check:content`.
import { FALLBACK_LOCALE, LOCALE_INFO, type Locale } from '../i18n/locales';
import type { ChangelogEntry, Dataset, SourceMessages, StepRecord, TranslatedMessages } from './types';

export interface Problem {
  file: string;
  key: string;
  message: string;
}

export const storyFile = (locale: Locale) => `content/story/${locale}.json`;
const EN_FILE = storyFile(FALLBACK_LOCALE);
const DATA_FILE = 'content/data/figures.json';
const STEPS_FILE = 'content/story/steps.json';

const PLACEHOLDER = /\{(fig|nf|year|from|age):([^}]*)\}/g;
// A digit of any locale's script: prose never types one.
const ANY_DIGIT = new RegExp(`[0-9${LOCALE_INFO.map((l) => l.digits).join('')}]`, 'u');

function placeholdersOf(text: string): string[] {
  return [...text.matchAll(/\{[^{}]*\}/g)].map((m) => m[0]).sort();
}

/** A translation has every key of the source, no other, and the same placeholders. */
export function checkParity(en: SourceMessages, km: TranslatedMessages, locale: Locale): Problem[] {
  const problems: Problem[] = [];
  const KM_FILE = storyFile(locale);
  for (const key of Object.keys(en)) {
    if (!(key in km)) problems.push({ file: KM_FILE, key, message: `missing: ${EN_FILE} has this key` });
  }
  for (const key of Object.keys(km)) {
    if (!(key in en)) problems.push({ file: EN_FILE, key, message: `missing: ${KM_FILE} has this key` });
  }
  for (const [key, source] of Object.entries(en)) {
    const translated = km[key];
    if (!translated) continue;
    if (typeof translated.text !== 'string' || translated.text.trim() === '') {
      problems.push({ file: KM_FILE, key, message: 'empty translation' });
      continue;
    }
    const want = placeholdersOf(source).join(' ');
    const got = placeholdersOf(translated.text).join(' ');
    if (want !== got)
      problems.push({ file: KM_FILE, key, message: `placeholders differ: ${EN_FILE} has [${want}], ${KM_FILE} has [${got}]` });
  }
  return problems;
}

/** Every {fig:…}, {year:…} and {age:…} must name something in the data. */
export function checkReferences(file: string, messages: Record<string, string>, dataset: Dataset): Problem[] {
  const figureIds = new Set(dataset.figures.map((f) => f.id));
  const problems: Problem[] = [];
  for (const [key, text] of Object.entries(messages)) {
    for (const [, kind, id = ''] of text.matchAll(PLACEHOLDER)) {
      const ok =
        kind === 'fig'
          ? figureIds.has(id)
          : kind === 'nf'
            ? dataset.figures.some((f) => f.id === id && f.unit === 'percent' && typeof f.value === 'number')
            : kind === 'year'
              ? dataset.figures.some((f) => f.id === id && f.year !== null) || id in dataset.timeline
              : kind === 'from'
                ? dataset.figures.some((f) => f.id === id && f.period !== undefined)
                : dataset.populations[id]?.maxAge !== undefined;
      if (!ok) problems.push({ file, key, message: `{${kind}:${id}} refers to nothing in ${DATA_FILE}` });
    }
  }
  return problems;
}

/** Figures are data: prose may not type a digit outside a placeholder. */
export function checkNoTypedNumbers(file: string, messages: Record<string, string>): Problem[] {
  const problems: Problem[] = [];
  for (const [key, text] of Object.entries(messages)) {
    if (ANY_DIGIT.test(text.replace(/\{[^{}]*\}/g, ''))) {
      problems.push({ file, key, message: 'a number is typed into the text: use a {fig:…}, {year:…}, {from:…} or {age:…} placeholder' });
    }
  }
  return problems;
}

function checkSteps(steps: StepRecord[], dataset: Dataset, en: SourceMessages): Problem[] {
  const figureIds = new Set(dataset.figures.map((f) => f.id));
  const problems: Problem[] = [];
  const seen = new Set<string>();
  for (const step of steps) {
    if (!/^[a-z][a-z0-9-]*$/.test(step.id))
      problems.push({ file: STEPS_FILE, key: step.id, message: 'step ids are lowercase words joined by hyphens' });
    if (seen.has(step.id)) problems.push({ file: STEPS_FILE, key: step.id, message: 'duplicate step id' });
    seen.add(step.id);
    for (const part of ['heading', 'body']) {
      if (!(`step.${step.id}.${part}` in en))
        problems.push({ file: EN_FILE, key: `step.${step.id}.${part}`, message: 'missing step text' });
    }
    for (const id of step.figures) {
      if (!figureIds.has(id)) problems.push({ file: STEPS_FILE, key: step.id, message: `unknown figure "${id}"` });
    }
  }
  for (const figure of dataset.figures) {
    if (!(`figure.${figure.id}.label` in en))
      problems.push({ file: EN_FILE, key: `figure.${figure.id}.label`, message: 'every figure needs a label' });
  }
  return problems;
}

/** What JSON Schema cannot say: ids unique; every figure's source, places, population and derivation
 * inputs exist; a range runs from low to high; a source URL has a real host. */
export function checkDataReferences(dataset: Dataset): Problem[] {
  const problems: Problem[] = [];
  const ids = new Set<string>();
  const sourceIds = new Set(dataset.sources.map((s) => s.id));
  for (const figure of dataset.figures) {
    const key = `figures.${figure.id}`;
    if (ids.has(figure.id)) problems.push({ file: DATA_FILE, key, message: 'duplicate figure id' });
    ids.add(figure.id);
    if (!sourceIds.has(figure.source)) problems.push({ file: DATA_FILE, key, message: `unknown source "${figure.source}"` });
    if (!(figure.population in dataset.populations))
      problems.push({ file: DATA_FILE, key, message: `unknown population "${figure.population}"` });
    for (const place of figure.places) {
      if (!dataset.places.includes(place)) problems.push({ file: DATA_FILE, key, message: `unknown place "${place}"` });
    }
    // The schema ties a range to the "range" qualifier; it cannot compare two numbers.
    const range = typeof figure.value === 'object' ? figure.value : undefined;
    if (range && range.low > range.high) problems.push({ file: DATA_FILE, key, message: 'range low is above high' });
  }
  for (const figure of dataset.figures) {
    for (const input of figure.derived ? [figure.derived.from, figure.derived.to] : []) {
      if (!ids.has(input))
        problems.push({ file: DATA_FILE, key: `figures.${figure.id}`, message: `derived from unknown figure "${input}"` });
    }
  }
  const sourceSeen = new Set<string>();
  for (const source of dataset.sources) {
    const key = `sources.${source.id}`;
    if (sourceSeen.has(source.id)) problems.push({ file: DATA_FILE, key, message: 'duplicate source id' });
    sourceSeen.add(source.id);
    if (source.url !== undefined && !isHttpsUrl(source.url)) {
      problems.push({ file: DATA_FILE, key, message: `source url must be an absolute https:// URL, got "${source.url}"` });
    }
  }
  return problems;
}

function isHttpsUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && url.hostname.includes('.') && !url.username && !url.password;
  } catch {
    return false;
  }
}

// Locale strings are text: markup, script URLs and entities belong to the views, never to content.
const MARKUP = /<\/?[a-z!?]|javascript:|&[a-z#0-9]+;|\bon[a-z]+\s*=/i;

export function checkNoMarkup(file: string, messages: Record<string, string>): Problem[] {
  return Object.entries(messages)
    .filter(([, text]) => MARKUP.test(text))
    .map(([key]) => ({ file, key, message: 'raw HTML or script in a locale string: write plain text' }));
}

/** Every version in the changelog says what changed, in the source text (and so in every locale). */
function checkChangelog(changelog: ChangelogEntry[], en: SourceMessages): Problem[] {
  return changelog
    .filter((entry) => !(`changelog.${entry.version}` in en))
    .map((entry) => ({
      file: EN_FILE,
      key: `changelog.${entry.version}`,
      message: 'every version in content/data/changelog.json needs its text',
    }));
}

export interface ContentFiles {
  dataset: Dataset;
  steps: StepRecord[];
  changelog: ChangelogEntry[];
  /** The source language's text (content/story/<fallback>.json). */
  en: SourceMessages;
  /** Every other locale's translation, by locale code. */
  translations: Record<Locale, TranslatedMessages>;
}

export function validateContent({ dataset, steps, changelog, en, translations }: ContentFiles): Problem[] {
  const perTranslation = Object.entries(translations).flatMap(([locale, km]) => {
    const file = storyFile(locale);
    const kmText = Object.fromEntries(Object.entries(km).map(([k, v]) => [k, v?.text ?? '']));
    return [
      ...checkParity(en, km, locale),
      ...checkReferences(file, kmText, dataset),
      ...checkNoTypedNumbers(file, kmText),
      ...checkNoMarkup(file, kmText),
    ];
  });
  const missing = LOCALE_INFO.filter((l) => l.code !== FALLBACK_LOCALE && !(l.code in translations)).map((l) => ({
    file: storyFile(l.code),
    key: '(file)',
    message: 'content/locales.json lists this locale, but its text file is missing',
  }));
  return [
    ...missing,
    ...checkReferences(EN_FILE, en, dataset),
    ...checkNoTypedNumbers(EN_FILE, en),
    ...checkSteps(steps, dataset, en),
    ...checkChangelog(changelog, en),
    ...checkDataReferences(dataset),
    ...checkNoMarkup(EN_FILE, en),
    ...perTranslation,
  ];
}

export function formatProblems(problems: Problem[]): string {
  return problems.map((p) => `${p.file}: ${p.key}: ${p.message}`).join('\n');
}
