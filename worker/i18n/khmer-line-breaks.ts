// Where a line of Khmer text may break. Khmer puts no spaces between words, so browsers guess
// with their own dictionaries and break inside words (និរ|ទេស). We decide instead: a break only
// at a word boundary from Intl.Segmenter, corrected by content/khmer-words.json.
//
// Measured in Chromium 156: a zero-width space between words, alone or with `word-break:
// keep-all`, changes nothing, since its own dictionary still splits និរ|ទេស. What stops it is a
// word joiner (U+2060, "no break here", honoured by every UAX #14 line breaker) at each cluster
// start inside a word. Both characters are invisible, shape identically (pixel-compared in Noto
// Sans Khmer and Khmer OS) and keep each paragraph one text node, so a font swap reflows it as
// before. Nowrap spans per word also work, but a late webfont then counts as a layout shift.
import wordList from '../../content/khmer-words.json';
import { KHMER_SCRIPT } from './khmer-script';
import { LOCALE_INFO } from './locales';

/** A break allowed here: between two Khmer words. */
export const WORD_BREAK = '\u200b';
/** No break here: inside a Khmer word, before each cluster but the first. */
export const WORD_JOINER = '\u2060';

/**
 * A piece of text: a `word` is Khmer that must stay on one line; a line may break between two
 * adjacent words. `other` is everything else (spaces, digits, Latin), left to the browser's
 * usual rules, which already keep numbers and punctuation together.
 */
export interface LinePiece {
  kind: 'word' | 'other';
  text: string;
}

// Khmer letters, signs and punctuation (។ ៖ ៗ), but not Khmer digits, plus ZWNJ and ZWJ.
const KHMER_RUN = /[\u1780-\u17dd\u19e0-\u19ff\u200c\u200d]+/g;
// A break may fall only before a consonant or an independent vowel, never after a coeng:
// whatever a dictionary says, that keeps every cluster (ក្ស, ស្ត្រ) whole.
const BASE_LETTER = /[\u1780-\u17b3]/;
const COENG = '\u17d2';
// ្ដ and ្ត look alike and both spellings occur; the list matches either.
const foldSubscript = (text: string) => text.replaceAll('\u17d2\u178a', '\u17d2\u178f');

// The dictionary is chosen by the text's script, so no language tag is needed ('und').
const segmenter = new Intl.Segmenter('und', { granularity: 'word' });

// Longest first, so a phrase wins over a word inside it.
const entriesByFirstChar = new Map<string, string[]>();
for (const word of [...new Set(wordList.words.map(foldSubscript))].sort((a, b) => b.length - a.length)) {
  const first = word[0] ?? '';
  entriesByFirstChar.set(first, [...(entriesByFirstChar.get(first) ?? []), word]);
}

/** Spans [start, end) of the word list's entries in a text, longest first, never overlapping. */
function listedWords(folded: string, from: number, to: number): [number, number][] {
  const spans: [number, number][] = [];
  for (let i = from; i < to;) {
    const word = entriesByFirstChar.get(folded[i] ?? '')?.find((w) => i + w.length <= to && folded.startsWith(w, i));
    if (word) {
      spans.push([i, i + word.length]);
      i += word.length;
    } else i++;
  }
  return spans;
}

/** Whether a text has any character of the Khmer script (Khmer and Khmer Symbols blocks). */
export function hasKhmerScript(text: string): boolean {
  return KHMER_SCRIPT.test(text);
}

function breakable(text: string, at: number): boolean {
  return BASE_LETTER.test(text[at] ?? '') && text[at - 1] !== COENG;
}

// Texts come from the content, so the cache stays small; the cap guards against anything else.
const cache = new Map<string, LinePiece[]>();
const CACHE_LIMIT = 4096;

/** Cuts a text into Khmer words and the rest; a text without Khmer script is one `other` piece. */
export function khmerLinePieces(text: string): LinePiece[] {
  if (!hasKhmerScript(text)) return [{ kind: 'other', text }];
  const cached = cache.get(text);
  if (cached) return cached;

  const boundaries = new Set<number>();
  for (const { index } of segmenter.segment(text)) boundaries.add(index);
  const folded = foldSubscript(text);

  const pieces: LinePiece[] = [];
  let last = 0;
  for (const run of text.matchAll(KHMER_RUN)) {
    const start = run.index;
    const end = start + run[0].length;
    if (start > last) pieces.push({ kind: 'other', text: text.slice(last, start) });
    const cuts = new Set([...boundaries].filter((b) => b > start && b < end));
    for (const [from, to] of listedWords(folded, start, end)) {
      for (let i = from + 1; i < to; i++) cuts.delete(i);
      // A listed word is a word: its edges are boundaries even where the dictionary ran it on.
      if (from > start) cuts.add(from);
      if (to < end) cuts.add(to);
    }
    let cut = start;
    for (const at of [...cuts].filter((b) => breakable(text, b)).sort((a, b) => a - b)) {
      pieces.push({ kind: 'word', text: text.slice(cut, at) });
      cut = at;
    }
    pieces.push({ kind: 'word', text: text.slice(cut, end) });
    last = end;
  }
  if (last < text.length) pieces.push({ kind: 'other', text: text.slice(last) });

  if (cache.size < CACHE_LIMIT) cache.set(text, pieces);
  return pieces;
}

/**
 * Whether two pieces of text that meet with no space between them (prose and an inserted
 * value, as in ចំនួន{fig:…}) must not break there: true where Khmer script touches the join.
 */
export function gluedAcross(before: string, after: string): boolean {
  const last = before.at(-1) ?? ' ';
  const first = after[0] ?? ' ';
  return !/\s/.test(last) && !/\s/.test(first) && (hasKhmerScript(last) || hasKhmerScript(first));
}

export interface LineBreakMarks {
  /** Between two adjacent Khmer words. */
  between: string;
  /** Before each cluster of a Khmer word but its first. */
  within: string;
}

/**
 * The text as the page renders it: WORD_BREAK between Khmer words, WORD_JOINER inside them, so
 * a browser breaks a Khmer line only where we decided. No Khmer script, no change. Only for body
 * text: titles, attributes, meta tags, JSON-LD and API fields take the plain text.
 */
export function markKhmerLineBreaks(text: string, marks: LineBreakMarks = { between: WORD_BREAK, within: WORD_JOINER }): string {
  const pieces = khmerLinePieces(text);
  if (pieces.length === 1 && pieces[0]?.kind === 'other') return text;
  // A browser's line breaker finds Khmer breaks with the same dictionary as Intl.Segmenter, so
  // a joiner is needed only where that dictionary would cut inside one of our words.
  const dictionary = new Set<number>();
  for (const { index } of segmenter.segment(text)) dictionary.add(index);
  let out = '';
  let offset = 0;
  pieces.forEach((piece, i) => {
    if (piece.kind === 'other') {
      out += piece.text;
      offset += piece.text.length;
      return;
    }
    // Between two words, a break is marked only where the dictionary would not break by itself.
    if (pieces[i - 1]?.kind === 'word' && !dictionary.has(offset)) out += marks.between;
    for (let at = 0; at < piece.text.length; at++) {
      if (at > 0 && dictionary.has(offset + at) && breakable(piece.text, at)) out += marks.within;
      out += piece.text[at];
    }
    offset += piece.text.length;
  });
  return out;
}

// A number in any registered language's digits (perhaps a percentage), an en dash, a number.
const DIGIT = `[${[...new Set(LOCALE_INFO.flatMap((l) => [...l.digits]))].join('')}]`;
const RANGE_DASH = new RegExp(`(${DIGIT}%?)–(?=${DIGIT})`, 'gu');

/** Holds both ends of a range ("2003–2015") on one line: browsers otherwise break after the dash. */
export function glueRanges(text: string): string {
  return text.replace(RANGE_DASH, `$1${WORD_JOINER}–${WORD_JOINER}`);
}
