// Each glossary term is translated the same way wherever the English uses it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { SourceMessages, TranslatedMessages } from '../../worker/content/types';

interface Term {
  id: string;
  en: string;
  km: string;
  note: string;
}

const glossary = JSON.parse(readFileSync('content/glossary.json', 'utf8')) as Term[];
const en = JSON.parse(readFileSync('content/story/en.json', 'utf8')) as SourceMessages;
const km = JSON.parse(readFileSync('content/story/km.json', 'utf8')) as TranslatedMessages;

const prose = (s: string) => s.replace(/\{[^{}]*\}/g, '').toLowerCase();
// A term used as a word (plurals count), not inside a code token such as prevalence-figure:height.
const uses = (text: string, term: string) =>
  new RegExp(`\\b${term.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![-:])`).test(prose(text));

describe('content/glossary.json', () => {
  it('lists the key terms', () => {
    const terms = glossary.map((t) => t.en.toLowerCase());
    for (const term of ['commercial sexual exploitation of children', 'prevalence', 'minor', 'commercial sex establishment', 'anti-human-trafficking police', 'convicted', 'survivor']) {
      expect(terms).toContain(term);
    }
  });

  it.each(glossary.map((t) => [t.id, t] as const))('%s is translated consistently', (_id, term) => {
    const inconsistent = Object.entries(en)
      .filter(([key, text]) => uses(text, term.en) && !km[key]?.text.includes(term.km))
      .map(([key]) => `content/story/km.json: ${key} uses "${term.en}" in English but not "${term.km}"`);
    expect(inconsistent).toEqual([]);
  });

  it('is used: every term appears somewhere in the story', () => {
    for (const term of glossary) expect(Object.values(en).some((text) => uses(text, term.en)), term.id).toBe(true);
  });
});
