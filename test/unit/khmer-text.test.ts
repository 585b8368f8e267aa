// Khmer prose uses Khmer digits (inserted by placeholders) and Khmer punctuation.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { TranslatedMessages } from '../../worker/content/types';

const km = JSON.parse(readFileSync('content/story/km.json', 'utf8')) as TranslatedMessages;

// Strings that are English on purpose: links offered to English readers, and a technical term.
const ENGLISH_ON_PURPOSE = new Set(['data.api.heading']);
const texts = [
  ...Object.entries(km)
    .filter(([key]) => !ENGLISH_ON_PURPOSE.has(key))
    .map(([key, m]) => [key, m.text] as const),
];
const withoutPlaceholders = (s: string) => s.replace(/\{[^{}]*\}/g, '');

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

  it('ends every paragraph of the story with a Khmer full stop (។)', () => {
    for (const [key, m] of Object.entries(km).filter(([k]) => k.startsWith('step.') && k.endsWith('.body'))) {
      for (const paragraph of m.text.split('\n\n')) expect(paragraph.trim(), key).toMatch(/។$/);
    }
  });

  it('has no typed digits, Latin or Khmer: numbers come from the data', () => {
    for (const [key, text] of texts) expect(withoutPlaceholders(text), key).not.toMatch(/[0-9\u17e0-\u17e9]/);
  });
});
