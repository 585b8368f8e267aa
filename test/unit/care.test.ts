// The subject is the sexual exploitation of children: no sensational words, and a content note first.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { SourceMessages, TranslatedMessages } from '../../worker/content/types';

const en = JSON.parse(readFileSync('content/story/en.json', 'utf8')) as SourceMessages;
const km = JSON.parse(readFileSync('content/story/km.json', 'utf8')) as TranslatedMessages;

// Reviewed with the facts sheet's guidance: words that sensationalise, or label people by harm.
const AVOID_EN = [
  'horrific',
  'horror',
  'ground zero',
  'prostitute',
  'prostituted',
  'child prostitution',
  'pedophile',
  'paedophile',
  'sex slave',
  'epidemic',
  'shocking',
  'seared',
  'rampant',
  'lurid',
  'brothel',
  'out of control',
  'sex worker',
];
// Sex-work terms never describe children: the people counted are អ្នកដែលត្រូវបានគេផ្ដល់ជូនភ្ញៀវ.
const AVOID_KM = ['ពេស្យា', 'រំលោភ', 'គួរឱ្យរន្ធត់', 'ភ័យរន្ធត់', 'ផ្ទះបន', 'អ្នករកស៊ីផ្លូវភេទ', 'ស្រីរកស៊ី', 'ស្រីខូច', 'អ្នកលក់សេវាផ្លូវភេទ'];

describe('care in the wording', () => {
  it.each(AVOID_EN)('English never says "%s"', (word) => {
    const found = Object.entries(en)
      .filter(([, text]) => text.toLowerCase().includes(word))
      .map(([key]) => key);
    expect(found).toEqual([]);
  });

  it.each(AVOID_KM)('Khmer never says "%s"', (word) => {
    const found = Object.entries(km)
      .filter(([, m]) => m.text.includes(word))
      .map(([key]) => key);
    expect(found).toEqual([]);
  });

  it('has a short content note in both languages', () => {
    for (const text of [en['ui.contentNote.text'], km['ui.contentNote.text']?.text]) {
      expect(text).toBeTruthy();
      expect((text ?? '').length).toBeLessThan(200);
    }
  });
});
