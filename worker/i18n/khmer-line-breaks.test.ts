// Runs in workerd: the segmentation readers get is the one of the runtime that renders the page.
import { describe, expect, it } from 'vitest';
import wordList from '../../content/khmer-words.json';
import { storyFiles } from '../content';
import { gluedAcross, hasKhmerScript, khmerLinePieces, markKhmerLineBreaks, WORD_BREAK, WORD_JOINER } from './khmer-line-breaks';
import { LOCALES } from './locales';
import { text } from './rich-text';

const MARK = '|';
// The words as segmented: '|' between every two of them, whether or not the page needs a mark there.
const visible = (t: string) =>
  khmerLinePieces(t)
    .map((p, i, all) => (p.kind === 'word' && all[i - 1]?.kind === 'word' ? MARK : '') + p.text)
    .join('');
// The words a reader saw broken on a phone (issue 14), in both spellings of the subscript ta/da.
const REPORTED = ['និរទេស', 'គណនេយ្យភាព', 'នៅទូទាំង', 'ជាមួយ', 'ធំជាងគេ', 'បណ្ដុះបណ្ដាល', 'បណ្តុះបណ្តាល'];
const bothSpellings = (word: string) => [word.replaceAll('\u17d2\u178f', '\u17d2\u178a'), word.replaceAll('\u17d2\u178a', '\u17d2\u178f')];
const LISTED = [...new Set([...REPORTED, ...wordList.words].flatMap(bothSpellings))];

// Every Khmer string the pages render, placeholders resolved as the reader sees them, in every
// language written in Khmer script.
const khmerLocales = LOCALES.filter((l) => hasKhmerScript(text(l, 'ui.headline')));
const khmerTexts = khmerLocales.flatMap((l) => Object.keys(storyFiles[l] ?? {}).map((key) => text(l, key))).filter(hasKhmerScript);

/** Offsets (in the unmarked text) where a marked text allows a break. */
function markOffsets(marked: string): number[] {
  const offsets: number[] = [];
  let at = 0;
  for (const ch of marked) {
    if (ch === MARK) offsets.push(at);
    else at += ch.length;
  }
  return offsets;
}

function occurrences(haystack: string, needle: string): number[] {
  const found: number[] = [];
  for (let i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) found.push(i);
  return found;
}

describe('khmerLinePieces', () => {
  it('is a no-op for text without Khmer script', () => {
    for (const plain of ['Fewer children in commercial sex establishments', '8.16% in 2012', '']) {
      expect(khmerLinePieces(plain)).toEqual([{ kind: 'other', text: plain }]);
      expect(markKhmerLineBreaks(plain)).toBe(plain);
    }
  });

  it('keeps every character of every Khmer string, in order', () => {
    expect(khmerTexts.length).toBeGreaterThan(50);
    for (const t of khmerTexts)
      expect(
        khmerLinePieces(t)
          .map((p) => p.text)
          .join(''),
      ).toBe(t);
  });

  it('marks only where the dictionary would decide otherwise: a joiner inside a word it cuts, a break where it runs words on', () => {
    // The dictionary cuts និរ|ទេស and runs សម្រាប់និរ together; the list corrects both.
    const segmenter = new Intl.Segmenter('und', { granularity: 'word' });
    const dictionary = [...segmenter.segment('សម្រាប់និរទេស')].map((s) => s.segment);
    expect(dictionary).not.toContain('និរទេស');
    const marked = markKhmerLineBreaks('សម្រាប់និរទេស និង IJM');
    expect(marked.replaceAll(WORD_BREAK, '|').replaceAll(WORD_JOINER, '+')).not.toMatch(/និរ\|ទេស/);
    expect(marked).toContain(WORD_JOINER);
    // English, and Khmer the dictionary already cuts right, get no marks at all.
    expect(markKhmerLineBreaks('People available in IJM studies')).toBe('People available in IJM studies');
    for (const t of khmerTexts) {
      const marked = markKhmerLineBreaks(t);
      expect(marked.replaceAll(WORD_BREAK, '').replaceAll(WORD_JOINER, '')).toBe(t);
      // Never inside a cluster: no mark after a coeng, none before a vowel sign or punctuation.
      expect(marked, t).not.toMatch(/\u17d2[\u200b\u2060]|[\u200b\u2060][^\u1780-\u17b3]/);
    }
  });

  it('marks breaks between the words of a sentence', () => {
    expect(visible('កុមារតិចជាងមុនក្នុងឧស្សាហកម្មផ្លូវភេទនៅកម្ពុជា')).toMatch(/^កុមារ\|.*\|ឧស្សាហកម្ម\|.*\|កម្ពុជា$/);
    const marks = khmerTexts.reduce((n, t) => n + markOffsets(visible(t)).length, 0);
    expect(marks).toBeGreaterThan(khmerTexts.length);
  });

  it.each(LISTED)('never breaks inside %s, alone or in the content', (word) => {
    expect(visible(word)).toBe(word);
    const inSentence = markOffsets(visible(`ហើយ${word}ទៀត`));
    expect(inSentence.filter((b) => b > 3 && b < 3 + word.length)).toEqual([]);
    for (const t of khmerTexts) {
      const breaks = markOffsets(visible(t));
      for (const start of occurrences(t, word)) {
        expect(
          breaks.filter((b) => b > start && b < start + word.length),
          `${word} in ${t}`,
        ).toEqual([]);
      }
    }
  });

  it('makes the edges of a listed word breaks, even where the dictionary runs it on', () => {
    // The dictionary reads សម្រាប់និរ|ទេសជន; the list says និរទេស is the word.
    expect(visible('សម្រាប់និរទេសជនល្មើស')).toBe('សម្រាប់|និរទេស|ជនល្មើស');
    expect(visible('បានរៀបចំឡើងជាមួយដៃគូ')).toContain('|ជាមួយ|');
  });

  it('breaks only before a consonant or independent vowel, never after a coeng', () => {
    for (const t of khmerTexts) {
      for (const at of markOffsets(visible(t))) {
        expect(t[at], t).toMatch(/[\u1780-\u17b3]/);
        expect(t[at - 1], t).not.toBe('\u17d2');
      }
    }
  });

  it('never marks a break inside a number or before Khmer punctuation', () => {
    const marked = visible('ធ្លាក់ចុះពី ៨,១៦% ក្នុងឆ្នាំ ២០១២ មកនៅ ២,២%។ អ្នកស្រាវជ្រាវ៖ ជាង៥០០នាក់');
    expect(marked).not.toMatch(/\|[\u17d4-\u17da%,.]/);
    expect(marked).not.toMatch(/\|[\u17e0-\u17e9]|[\u17e0-\u17e9]\|/);
    expect(marked).toContain('៨,១៦%');
    expect(marked).toContain('២០១២');
    // Digits and spaces are not Khmer words: the browser's own rules keep them whole.
    expect(khmerLinePieces('ឆ្នាំ ២០១២។').map((p) => p.kind)).toEqual(['word', 'other', 'word']);
  });

  it('glues Khmer prose to a value it touches, and nothing that meets at a space or has no Khmer', () => {
    expect(gluedAcross('នគរបាលចំនួន', 'ជាង ៥០០ នាក់')).toBe(true);
    expect(gluedAcross('៨,១៦%', '។')).toBe(true);
    expect(gluedAcross('ក្នុងឆ្នាំ ', '២០១២')).toBe(false);
    expect(gluedAcross('trained ', 'more than 500')).toBe(false);
    expect(gluedAcross('8.16', '%')).toBe(false);
  });
});
