// Khmer prose uses Khmer digits (inserted by placeholders) and Khmer punctuation.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findFigure } from '../../worker/content';
import type { SourceMessages, TranslatedMessages } from '../../worker/content/types';
import { formatFigure } from '../../worker/i18n/format-figure';

const en = JSON.parse(readFileSync('content/story/en.json', 'utf8')) as SourceMessages;
const km = JSON.parse(readFileSync('content/story/km.json', 'utf8')) as TranslatedMessages;

// Strings that are English on purpose: links offered to English readers, and a technical term.
const ENGLISH_ON_PURPOSE = new Set(['data.api.heading']);
const texts = [
  ...Object.entries(km)
    .filter(([key]) => !ENGLISH_ON_PURPOSE.has(key))
    .map(([key, m]) => [key, m.text] as const),
];
const withoutPlaceholders = (s: string) => s.replace(/\{[^{}]*\}/g, '');
// A list paragraph: an intro line ending in a colon, then one item per line, each starting "- ".
const isList = (paragraph: string) =>
  paragraph
    .split('\n')
    .slice(1)
    .some((line) => line.startsWith('- '));
const listItems = (text: string) => text.split('\n').filter((line) => line.startsWith('- '));

describe('Khmer text', () => {
  it.each(texts)('%s is written in Khmer script', (_key, text) => {
    // Pure formats such as "{value}%" have no words to translate.
    if (/\p{L}/u.test(withoutPlaceholders(text))) expect(text).toMatch(/[\u1780-\u17ff]/);
  });

  it.each(texts)('%s has no Latin full stop ending a sentence', (_key, text) => {
    expect(withoutPlaceholders(text)).not.toMatch(/\.(\s|$)/);
  });

  it.each(texts)('%s uses Khmer quotation marks, not straight quotes', (_key, text) => {
    expect(text).not.toMatch(/["“”]/);
  });

  it.each(texts)('%s has no ASCII colon after Khmer text (Khmer uses ៖)', (_key, text) => {
    expect(withoutPlaceholders(text)).not.toMatch(/[\u1780-\u17ff]\s*:/);
  });

  it('ends every paragraph of the story with a Khmer full stop (។), and introduces every list with ៖', () => {
    for (const [key, m] of Object.entries(km).filter(([k]) => k.startsWith('step.') && k.endsWith('.body'))) {
      for (const paragraph of m.text.split('\n\n')) {
        if (!isList(paragraph)) {
          expect(paragraph.trim(), key).toMatch(/។$/);
          continue;
        }
        const [intro = '', ...items] = paragraph.split('\n');
        expect(intro, key).toMatch(/៖$/);
        for (const item of items) expect(item, key).toMatch(/^- [\u1780-\u17ff]/);
      }
    }
  });

  it('lists the needs still outstanding one per line, the same items in both languages', () => {
    const key = 'step.ahead.body';
    const english = listItems(en[key] ?? '');
    expect(english.length).toBe(6);
    expect(listItems(km[key]?.text ?? '').length).toBe(english.length);
    expect((en[key] ?? '').split('\n\n')[0]?.split('\n')[0]).toMatch(/:$/);
    // The list stays one paragraph; the labour-trafficking sentence is the next.
    expect(km[key]?.text.split('\n\n')).toHaveLength(2);
  });

  it('writes "more than N people" as ជាង N នាក់, held on one line by no-break spaces, and no space between ចំនួន and ជាង', () => {
    for (const id of ['officers-trained', 'victims-rescued', 'perpetrators-convicted']) {
      const figure = findFigure(id);
      expect(figure && formatFigure(figure, 'km'), id).toMatch(/^ជាង\u00a0[០-៩]+\u00a0នាក់$/);
    }
    const moreThan = ['officers-trained', 'cases', 'victims-rescued', 'perpetrators-convicted'];
    for (const [key, text] of texts) {
      for (const id of moreThan) expect(text, key).not.toContain(`ចំនួន {fig:${id}}`);
      expect(text, key).not.toContain('ចំនួន ជាង');
      // A year stays with ឆ្នាំ, a count with its unit, a day with ថ្ងៃទី: no-break spaces.
      expect(text, key).not.toMatch(/(ឆ្នាំ|ថ្ងៃទី|ប្រហែល|ជាង) \{|\} (នាក់|ករណី)/);
    }
  });

  it('has no typed digits, Latin or Khmer: numbers come from the data', () => {
    for (const [key, text] of texts) expect(withoutPlaceholders(text), key).not.toMatch(/[0-9\u17e0-\u17e9]/);
  });
});

describe('strings the views look up by data id', () => {
  const dataset = JSON.parse(readFileSync('content/data/figures.json', 'utf8')) as { figures: { id: string; source: string }[] };

  it('gives every figure its own description, in both languages, written from placeholders', () => {
    const descriptions = dataset.figures.map((f) => en[`figure.${f.id}.description`]);
    for (const [i, text] of descriptions.entries()) {
      const id = dataset.figures[i]?.id ?? '';
      expect(text, id).toBeTruthy();
      expect(km[`figure.${id}.description`]?.text, id).toBeTruthy();
      expect(text, id).toContain(`{fig:${id}}`);
    }
    expect(new Set(descriptions).size).toBe(descriptions.length);
  });

  it('credits every source a figure names, in both languages', () => {
    for (const id of new Set(dataset.figures.map((f) => f.source))) {
      expect(en[`source.${id}.credit`], id).toBeTruthy();
      expect(km[`source.${id}.credit`]?.text, id).toMatch(/^ប្រភព៖ /);
    }
  });
});
