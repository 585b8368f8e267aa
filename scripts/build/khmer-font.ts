import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import subsetFont from 'subset-font';

const FONTSOURCE = 'node_modules/@fontsource/noto-sans-khmer/files';
export const FONT_FAMILY = 'Noto Sans Khmer';

// Code points the formatter can emit besides the content's own text.
const KHMER_DIGITS = '០១២៣៤៥៦៧៨៩';
const NUMBER_SYMBOLS = '.,%–-·«»()';

/** Every character of every string in the content files (text, glossary, data). */
export async function contentCharacters(contentDir: string): Promise<Set<string>> {
  const chars = new Set<string>();
  const walk = async (dir: string): Promise<void> => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) await walk(path);
      else if (entry.name.endsWith('.json')) collect(JSON.parse(await readFile(path, 'utf8')));
    }
  };
  const collect = (value: unknown): void => {
    if (typeof value === 'string') for (const ch of value) chars.add(ch);
    else if (Array.isArray(value)) value.forEach(collect);
    else if (value && typeof value === 'object') Object.values(value).forEach(collect);
  };
  await walk(contentDir);
  for (const ch of KHMER_DIGITS + NUMBER_SYMBOLS) chars.add(ch);
  return chars;
}

const isKhmer = (ch: string) => /[\u1780-\u17ff\u19e0-\u19ff\u200c\u200d\u25cc]/.test(ch);

/**
 * Subsets Noto Sans Khmer to the characters the content uses. HarfBuzz's subsetter keeps the
 * GSUB/GPOS lookups, so coeng subscripts and vowel marks still shape correctly.
 */
export async function subsetKhmerFonts(chars: Set<string>): Promise<{ khmer: Buffer; latin: Buffer }> {
  const all = [...chars];
  const khmerText = all.filter(isKhmer).join('') + '\u25cc\u200c\u200d';
  const latinText = all.filter((ch) => !isKhmer(ch) && ch.charCodeAt(0) < 0x250).join('');
  const [khmerSource, latinSource] = await Promise.all([
    readFile(`${FONTSOURCE}/noto-sans-khmer-khmer-400-normal.woff2`),
    readFile(`${FONTSOURCE}/noto-sans-khmer-latin-400-normal.woff2`),
  ]);
  const [khmer, latin] = await Promise.all([
    subsetFont(khmerSource, khmerText, { targetFormat: 'woff2' }),
    subsetFont(latinSource, latinText, { targetFormat: 'woff2' }),
  ]);
  return { khmer, latin };
}

/** @font-face rules for Khmer pages; swap so text is never hidden while the font loads. */
export function khmerFontFaces(urls: { khmer: string; latin: string }): string {
  const face = (url: string, range: string) =>
    `@font-face{font-family:"${FONT_FAMILY}";font-style:normal;font-weight:400;font-display:swap;` +
    `src:url(${url}) format("woff2");unicode-range:${range}}`;
  return [
    face(urls.khmer, 'U+1780-17FF,U+19E0-19FF,U+200C-200D,U+25CC'),
    face(urls.latin, 'U+0000-024F,U+2013,U+2014,U+00B7,U+00AB,U+00BB'),
    `:lang(km){font-family:"${FONT_FAMILY}",var(--font)}`,
  ].join('');
}
