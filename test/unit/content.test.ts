// The content files checked on their own: every locale complete, every reference real.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ChangelogEntry, Dataset, SourceMessages, StepRecord, TranslatedMessages } from '../../worker/content/types';
import {
  checkNoTypedNumbers,
  checkParity,
  checkReferences,
  formatProblems,
  storyFile,
  validateContent,
} from '../../worker/content/validate';
import { FALLBACK_LOCALE, LOCALES } from '../../worker/i18n/locales';
import { resolveFigures } from '../../worker/content/derive';
import { SOURCE, TRANSLATED } from '../support/locales';

const read = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;
const translated = LOCALES.filter((l) => l !== FALLBACK_LOCALE);
const files = {
  dataset: read<Dataset>('content/data/figures.json'),
  steps: read<StepRecord[]>('content/story/steps.json'),
  changelog: read<ChangelogEntry[]>('content/data/changelog.json'),
  en: read<SourceMessages>(storyFile(FALLBACK_LOCALE)),
  translations: Object.fromEntries(translated.map((l) => [l, read<TranslatedMessages>(storyFile(l))])),
};
// The broken edits below are made to one translation; the checks are the same for every one.
const other = translated[0]!;
const otherFile = storyFile(other);
const otherMessages = files.translations[other]!;

describe('content/', () => {
  it('passes every content check', () => {
    expect(formatProblems(validateContent(files))).toBe('');
  });

  it.each(translated)('has the same keys in %s as in the source language', (locale) => {
    expect(Object.keys(files.translations[locale]!).sort()).toEqual(Object.keys(files.en).sort());
  });

  it('computes the fall from 2012 to 2015 from the two figures, not from a typed number', () => {
    const change = files.dataset.figures.find((f) => f.id === 'minors-change');
    expect(change?.value).toBeUndefined();
    const resolved = resolveFigures(files.dataset.figures).find((f) => f.id === 'minors-change');
    // Computed from the two shares, then rounded to what two rounded inputs support.
    expect(resolved?.value).toBe(Math.round(((8.16 - 2.2) / 8.16) * 100));
    expect(resolved?.value).toBe(73);
  });

  it('marks the derived fall as derived, never as exact, and says how it is computed', () => {
    const change = files.dataset.figures.find((f) => f.id === 'minors-change');
    expect(change?.qualifier).toBe('derived');
    expect(change?.derived).toEqual({ op: 'relative-decrease', from: 'minors-2012', to: 'minors-2015' });
    for (const figure of files.dataset.figures) {
      if (figure.derived) expect(figure.qualifier, figure.id).toBe('derived');
    }
  });

  it('keeps "more than" on every lower bound', () => {
    for (const id of ['officers-trained', 'cases', 'victims-rescued', 'perpetrators-convicted']) {
      expect(files.dataset.figures.find((f) => f.id === id)?.qualifier, id).toBe('more-than');
    }
  });
});

describe('content checks catch broken edits', () => {
  it('reports a key missing from a translation, naming the file and key', () => {
    const { ['step.fall.heading']: _dropped, ...km } = otherMessages;
    expect(formatProblems(checkParity(files.en, km, other))).toContain(`${otherFile}: step.fall.heading: missing`);
  });

  it('reports a key missing from English', () => {
    const km = { ...otherMessages, 'extra.key': { text: 'x', en: '0' } };
    expect(formatProblems(checkParity(files.en, km, other))).toContain(`${storyFile(FALLBACK_LOCALE)}: extra.key: missing`);
  });

  it('reports a placeholder that differs between the locales', () => {
    const km = { ...otherMessages, 'step.fall.body': { text: 'ធ្លាក់ {fig:minors-2015}', en: '0' } };
    expect(formatProblems(checkParity(files.en, km, other))).toContain('step.fall.body: placeholders differ');
  });

  it('reports a reference to a figure that does not exist', () => {
    const problems = checkReferences(storyFile(SOURCE), { 'step.x.body': 'share {fig:minors-2099}' }, files.dataset);
    expect(formatProblems(problems)).toBe(
      `${storyFile(SOURCE)}: step.x.body: {fig:minors-2099} refers to nothing in content/data/figures.json`,
    );
  });

  it('reports a number typed into prose, in either script', () => {
    expect(checkNoTypedNumbers(SOURCE, { a: 'It fell to 2.2%' })).toHaveLength(1);
    expect(checkNoTypedNumbers(TRANSLATED, { a: 'ធ្លាក់ ២,២%' })).toHaveLength(1);
    expect(checkNoTypedNumbers(SOURCE, { a: 'It fell to {fig:minors-2015}' })).toHaveLength(0);
  });
});
