import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import subsetFont from 'subset-font';
import { KHMER_TEXT_CHAR } from '../../worker/i18n/khmer-script';
import { fallbackFontFaces, KHMER_FACE_RANGE, KHMER_FALLBACKS } from './khmer-fallback';

const FONTSOURCE = 'node_modules/@fontsource-variable/noto-sans-khmer/files';
export const FONT_FAMILY = 'Noto Sans Khmer';
/**
 * One variable file from regular to bold: headings and panel labels get a real bold (a bold
 * synthesised from the regular smudges Khmer at 16 px) with no second file, preload or face.
 */
export const FONT_WEIGHTS = { min: 400, max: 700 } as const;

// Code points the formatter can emit besides the content's own text.
const KHMER_DIGITS = '០១២៣៤៥៦៧៨៩';
const NUMBER_SYMBOLS = '.,%–-·«»()';

/** Every string in the content files (text, glossary, data). */
export async function contentStrings(contentDir: string): Promise<string[]> {
  const strings: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) await walk(path);
      else if (entry.name.endsWith('.json')) collect(JSON.parse(await readFile(path, 'utf8')));
    }
  };
  const collect = (value: unknown): void => {
    if (typeof value === 'string') strings.push(value);
    else if (Array.isArray(value)) value.forEach(collect);
    else if (value && typeof value === 'object') Object.values(value).forEach(collect);
  };
  await walk(contentDir);
  return strings;
}

/** Every character of every string in the content files, plus what the number formatter adds. */
export async function contentCharacters(contentDir: string): Promise<Set<string>> {
  const chars = new Set<string>();
  for (const s of await contentStrings(contentDir)) for (const ch of s) chars.add(ch);
  for (const ch of KHMER_DIGITS + NUMBER_SYMBOLS) chars.add(ch);
  return chars;
}

/** Fontsource's variable Khmer file of Noto Sans Khmer (woff2, weight axis 100–900). */
function webfontSource(): Promise<Buffer> {
  return readFile(`${FONTSOURCE}/noto-sans-khmer-khmer-wght-normal.woff2`);
}

// The characters KHMER_FACE_RANGE names: the only ones the page ever asks the webfont for.
const inFaceRange = (ch: string) => ch === ' ' || ch === '\u00a0' || KHMER_TEXT_CHAR.test(ch);

/**
 * Subsets Noto Sans Khmer to the Khmer characters the content uses (and spaces): Latin text on
 * Khmer pages stays in the system font. HarfBuzz's subsetter keeps the GSUB/GPOS lookups, so
 * coeng subscripts and vowel marks still shape correctly. The weight axis is cut to
 * FONT_WEIGHTS (24 KB, against 14 KB for the regular alone and 35 KB for the whole axis).
 */
export async function subsetKhmerFont(chars: Set<string>, targetFormat: 'woff2' | 'sfnt' = 'woff2'): Promise<Buffer> {
  const used = [...chars].filter(inFaceRange).join('');
  return subsetFont(await webfontSource(), used + '\u25cc\u200b\u200c\u200d', {
    targetFormat,
    variationAxes: { wght: { ...FONT_WEIGHTS, default: FONT_WEIGHTS.min } },
  });
}

/**
 * The Khmer pages' @font-face. `optional`: the preloaded file is used when it is there for the
 * first paint (a fast or warm connection), and otherwise kept for the next page, never swapped
 * in under a reader. No stand-in can match the webfont's widths line for line, so a late swap
 * rewrapped paragraphs (one line at 360 px, measured); with `optional` nothing moves, ever.
 * Until then, and on a slow first visit, system Khmer fonts sized to its metrics stand in;
 * Android's own Khmer font is Noto Sans Khmer, the webfont itself.
 */
export function khmerFontFaces(url: string, locales: string[], display: 'optional' | 'swap' = 'optional'): string {
  const fallback = fallbackFontFaces(KHMER_FALLBACKS);
  const families = [FONT_FAMILY, ...fallback.families].map((f) => `"${f}"`).join(',');
  const selector = locales.map((l) => `:lang(${l})`).join(',');
  return [
    `@font-face{font-family:"${FONT_FAMILY}";font-style:normal;font-weight:${FONT_WEIGHTS.min} ${FONT_WEIGHTS.max};font-display:${display};` +
      `src:url(${url}) format("woff2");unicode-range:${KHMER_FACE_RANGE}}`,
    fallback.css,
    `${selector}{font-family:${families},var(--font)}`,
  ].join('');
}
