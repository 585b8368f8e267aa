// Each glossary term is translated the same way wherever the English uses it, and the forms a
// Khmer newspaper editor rejected never come back.
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

// Every Khmer text a reader can see that comes from content/: the story's strings, changelog included.
const khmerTexts: [string, string][] = [...Object.entries(km).map(([key, m]) => [`km.json ${key}`, m.text] as [string, string])];
const count = (text: string, form: string) => text.split(form).length - 1;

const PREVALENCE_LOANWORD = 'អត្រាប្រេវ៉ាឡង់';
// The review's rejected forms, each with the reason; the glossary note gives the replacement.
const FORBIDDEN: [string, string][] = [
  ['អត្រារីករាលដាល', 'rate of spread, as of an epidemic: write អត្រាអនីតិជន'],
  ['រឿងរ៉ាវ', 'a tale, colloquially trouble: a news story is អត្ថបទ'],
  ['គំរូ', 'a model or example: a sample is សំណាក'],
  ['ការរចនា', 'graphic design: a study design is របៀបរៀបចំការសិក្សា'],
  ['ស្មើនឹង', '"equals": a share "makes up" (មានចំនួន)'],
  ['អាជីវកម្មនេះ', '"this business" normalises it: ឧស្សាហកម្មផ្លូវភេទ'],
  ['ការជួញដូរពលកម្ម', 'trade in labour: ការជួញដូរមនុស្សដើម្បីកេងប្រវ័ញ្ចកម្លាំងពលកម្ម'],
  ['ចាប់អារម្មណ៍', '"take an interest in", wrong beside children being sold'],
  ['មនុស្សដែលមាននៅ', '"people present" includes customers and staff: អ្នកដែលត្រូវបានគេផ្ដល់ជូនភ្ញៀវ'],
  ['មនុស្សនៅក្នុងគ្រឹះស្ថាន', '"people in establishments": អ្នកដែលត្រូវបានគេផ្ដល់ជូនភ្ញៀវ'],
  ['នាំទៅកាន់ទីមានសុវត្ថិភាព', 'a calque of "brought to safety": ជួយសង្គ្រោះ'],
  ['ឬក្មេងជាងនេះ', '"or younger": អាយុពី N ឆ្នាំចុះក្រោម'],
  ['ចំនួន ជាង', 'no space between ចំនួន and ជាង'],
  // The 2026-12-05 review.
  ['ប្រភពដែលមាននៅក្នុងដៃ', 'a calque of "at hand": ប្រភពដែលយើងមាន'],
  ['ដកស្រង់ពីប្រភពបន្ទាប់បន្សំ', 'claims a quotation of a paraphrase: ផ្អែកលើប្រភពបន្ទាប់បន្សំ'],
  ['ពេលដាក់ការសិក្សាទាំងពីរប្រៀបធៀបគ្នា', 'a calque of "put side by side": បើប្រៀបធៀបការសិក្សាទាំងពីរ'],
  ['បានប្ដូរពី', 'ប្ដូរ is exchange or swap: a share បានធ្លាក់ពី … មកនៅ …'],
  ['ចំណែកអនីតិជន', 'the share of minors is សមាមាត្រអនីតិជន everywhere'],
  ['ដែលទើបបង្កើតថ្មីរបស់កម្ពុជា', 'leaves របស់កម្ពុជា dangling: …របស់កម្ពុជា ដែលទើបនឹងបង្កើតថ្មី'],
  ['មិនរំកិលទេ', '"does not scroll": a page that does not shift មិនរើទេ'],
];

// Dictionary (Chuon Nath) spellings with subscript da (្ដ, U+17D2 U+178A), and the look-alike with
// subscript ta (្ត, U+17D2 U+178F) that search and spell-checkers treat as another word.
const DA_WORDS = ['សេចក្ដី', 'ផ្ដល់', 'ផ្ដន្ទាទោស', 'ចាប់ផ្ដើម', 'ម្ដង', 'ប្ដូរ', 'បណ្ដុះ', 'បណ្ដាល', 'គ្របដណ្ដប់', 'សម្ដី', 'ស្ដី'];
// Words the dictionary spells with ្ត: a global replacement would wrongly "correct" them.
const TA_WORDS = ['មន្ត្រី', 'វិធីសាស្ត្រ', 'ភស្តុតាង', 'ប៉ុន្តែ', 'បន្ត', 'ស្តង់ដារ'];
const DA = '\u17d2\u178a';
const TA = '\u17d2\u178f';
const swap = (word: string, from: string, to: string) => word.replaceAll(from, to);

describe('content/glossary.json', () => {
  it('keeps the shape {id, en, km, note} with unique ids', () => {
    for (const term of glossary) expect(Object.keys(term).sort(), term.id).toEqual(['en', 'id', 'km', 'note']);
    expect(new Set(glossary.map((t) => t.id)).size).toBe(glossary.length);
  });

  it('lists the key terms', () => {
    const terms = glossary.map((t) => t.en.toLowerCase());
    for (const term of [
      'commercial sexual exploitation of children',
      'prevalence',
      'prevalence study',
      'minor',
      'commercial sex establishment',
      'people available',
      'anti-human-trafficking police',
      'convicted',
      'survivor',
      'brought to safety',
      'sample',
      'story',
      'labour trafficking',
      'sex trade',
      'trafficking in persons (tip) report',
      'state department',
      'tier two watch list',
      'national committee for counter trafficking',
      'good practice',
    ]) {
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
    for (const term of glossary)
      expect(
        Object.values(en).some((text) => uses(text, term.en)),
        term.id,
      ).toBe(true);
  });

  it('spells its own Khmer terms as the story must', () => {
    for (const term of glossary) {
      for (const [form] of FORBIDDEN) expect(term.km, term.id).not.toContain(form);
      for (const word of DA_WORDS) expect(term.km, term.id).not.toContain(swap(word, DA, TA));
    }
  });
});

describe('the "people available" base of every share', () => {
  const term = glossary.find((t) => t.id === 'people-available');
  // The keys where the review found "people present": each must name the people available.
  it.each([
    'ui.standfirst',
    'step.baseline.body',
    'step.youngest-2012.body',
    'step.study-2015.body',
    'sources.measured.body',
    'sources.method.body',
  ])('%s says it in both languages', (key) => {
    expect(uses(en[key] ?? '', 'people available'), key).toBe(true);
    expect(km[key]?.text, key).toContain(term?.km);
  });
});

describe('names inside Khmer sentences', () => {
  // Khmer has no capitals: a name set in running text reads as a phrase unless it is quoted.
  it.each(['{site}', '{publisher}', '{graphics}'])('%s stands in «…» wherever a Khmer sentence names it', (name) => {
    const bare = khmerTexts.filter(([, text]) => text.split(name).length - 1 > text.split(`«${name}»`).length - 1);
    expect(bare.map(([where]) => where)).toEqual([]);
  });

  it("labels Sihanoukville as the town, never with the bare name that is the late King's", () => {
    expect(km['place.sihanoukville']?.text).toBe('ក្រុងព្រះសីហនុ');
  });
});

describe('forbidden Khmer forms', () => {
  it.each(FORBIDDEN)('never writes %s (%s)', (form) => {
    expect(khmerTexts.filter(([, text]) => text.includes(form)).map(([where]) => where)).toEqual([]);
  });

  it(`gives ${PREVALENCE_LOANWORD} once at most, in brackets, on the sources page`, () => {
    const uses = khmerTexts.filter(([, text]) => text.includes(PREVALENCE_LOANWORD));
    expect(uses.length).toBeLessThanOrEqual(1);
    for (const [where, text] of uses) {
      expect(where).toMatch(/^km\.json sources\./);
      expect(count(text, PREVALENCE_LOANWORD)).toBe(1);
      expect(count(text, `(${PREVALENCE_LOANWORD})`)).toBe(1);
    }
  });

  it('keeps the masthead, the share card and the credit in plain words', () => {
    for (const key of ['meta.siteName', 'card.source', 'ui.footer.credit', 'step.baseline.body']) {
      expect(km[key]?.text, key).not.toContain(PREVALENCE_LOANWORD);
    }
  });
});

describe('្ដ and ្ត spellings', () => {
  it('has the two subscripts right in the lists themselves', () => {
    for (const word of DA_WORDS) expect(word.includes(DA) && !word.includes(TA), word).toBe(true);
    for (const word of TA_WORDS) expect(word.includes(TA) && !word.includes(DA), word).toBe(true);
  });

  it.each(DA_WORDS)('spells %s with ្ដ, never with ្ត', (word) => {
    const misspelt = swap(word, DA, TA);
    expect(khmerTexts.filter(([, text]) => text.includes(misspelt)).map(([where]) => where)).toEqual([]);
  });

  it.each(TA_WORDS)('keeps %s with ្ត, never "corrected" to ្ដ', (word) => {
    const overcorrected = swap(word, TA, DA);
    expect(khmerTexts.filter(([, text]) => text.includes(overcorrected)).map(([where]) => where)).toEqual([]);
    expect(
      khmerTexts.some(([, text]) => text.includes(word)),
      `${word} is used, so this check has teeth`,
    ).toBe(true);
  });

  it('uses every listed ្ដ word somewhere, so each check has teeth', () => {
    for (const word of DA_WORDS)
      expect(
        khmerTexts.some(([, text]) => text.includes(word)),
        word,
      ).toBe(true);
  });
});

describe('terms given with their English on first mention', () => {
  const steps = JSON.parse(readFileSync('content/story/steps.json', 'utf8')) as { id: string }[];
  // The story's text in reading order: heading, then body, step by step.
  const storyKm = steps.flatMap(({ id }) => [`step.${id}.heading`, `step.${id}.body`]).map((key) => km[key]?.text ?? '');
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // Issue 15: the TIP terms keep the English in brackets on first mention, so a reader can look them up.
  it.each([
    ['tip-report', 'Trafficking in Persons Report'],
    ['tier-two-watch-list', 'Tier Two Watch List'],
  ])('%s is followed by "%s" in brackets where the story first names it', (id, english) => {
    const term = glossary.find((t) => t.id === id);
    expect(term, id).toBeDefined();
    const first = storyKm.find((text) => text.includes(term?.km ?? '\u0000'));
    expect(first, `the story names ${id}`).toBeDefined();
    const firstUse = (first ?? '').slice((first ?? '').indexOf(term?.km ?? ''));
    expect(firstUse).toMatch(new RegExp(`^${escape(term?.km ?? '')} \\(${escape(english)}[^()]*\\)`));
  });
});
