// The self-hosted webfonts a locale may name in content/locales.json ("webfont"). A language
// whose script the system fonts cover names none; a new script adds its font here.
import { FONT_FAMILY, FONT_WEIGHTS, khmerFontFaces, subsetKhmerFont } from './khmer-font';
import { KHMER_RANGE } from './khmer-fallback';

/** optional for pages (never swapped in late), swap for embed cards (hidden until they measure). */
export type FontDisplay = 'optional' | 'swap';

export interface Webfont {
  family: string;
  /** Subsets the font to the characters the content uses. */
  subset(chars: Set<string>): Promise<Buffer>;
  /** The @font-face rules and the font-family rule for pages in these locales. */
  faces(url: string, locales: string[], display: FontDisplay): string;
  /** The code points the file covers, for faces defined elsewhere (the web component). */
  unicodeRange: string;
  /** The weights the file carries, as a font-weight descriptor ("400 700": a variable file). */
  weight: string;
}

export const WEBFONTS: Record<string, Webfont> = {
  'noto-sans-khmer': {
    family: FONT_FAMILY,
    subset: (chars) => subsetKhmerFont(chars),
    faces: khmerFontFaces,
    unicodeRange: KHMER_RANGE,
    weight: `${FONT_WEIGHTS.min} ${FONT_WEIGHTS.max}`,
  },
};

export function webfont(id: string): Webfont {
  const font = WEBFONTS[id];
  if (!font) throw new Error(`content/locales.json names an unknown webfont "${id}" (scripts/build/webfonts.ts)`);
  return font;
}
