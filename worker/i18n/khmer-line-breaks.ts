// Where a line of Khmer text may break. Khmer puts no spaces between words, so browsers guess
// with their own dictionaries and break inside words (និរ|ទេស). We decide instead: a break only
// at a word boundary from Intl.Segmenter, corrected by content/khmer-words.json.
import wordList from '../../content/khmer-words.json';

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
const KHMER_SCRIPT = /[\u1780-\u17ff\u19e0-\u19ff]/;
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
  for (let i = from; i < to; ) {
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

/** The text with `mark` at every line break it allows between Khmer words; no Khmer, no change. */
export function markKhmerLineBreaks(text: string, mark = '\u200b'): string {
  const pieces = khmerLinePieces(text);
  return pieces.map((p, i) => (i > 0 && p.kind === 'word' && pieces[i - 1]?.kind === 'word' ? mark : '') + p.text).join('');
}
