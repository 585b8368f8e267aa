// The locale registry: content/locales.json is the one list of languages. Everything that
// depends on a language (routes, digits, fonts, hreflang, enums) reads it from here.
import registry from '../../content/locales.json';

export type Locale = string;

export interface LocaleInfo {
  code: Locale;
  /** The language's name in its own script, for language links. */
  name: string;
  hreflang: string;
  ogLocale: string;
  dir: 'ltr' | 'rtl';
  /** The ten digits, zero first. */
  digits: string;
  /** CLDR's name for those digits (latn, khmr): tests check the registry against ICU. */
  numberingSystem: string;
  decimal: string;
  group: string;
  /** The colon that introduces a list or a label's text (Khmer writes ៖). */
  colon: string;
  /** Month names, January first, for dates written out ("28 November 2026"). */
  months: string[];
  /** The self-hosted webfont its pages load (scripts/build/webfonts.ts), or null for none. */
  webfont: string | null;
  /** System fonts for its script, named wherever its text appears; null: the page's font. */
  systemFonts: string | null;
  lineHeight: number;
  headingLineHeight: number;
  headingWeight: number;
}

/** The language of the source text, and the one used where a request names none. */
export const FALLBACK_LOCALE: Locale = 'en';

export const LOCALE_INFO: readonly LocaleInfo[] = registry as LocaleInfo[];
export const LOCALES: readonly Locale[] = LOCALE_INFO.map((l) => l.code);

// A comma, which every script's fonts carry (a middle dot fell back to another font on Khmer pages).
export const LANGUAGE_NAME_SEPARATOR = ', ';

const byCode = new Map(LOCALE_INFO.map((l) => [l.code, l]));

/** Every language by its own name ("English, ភាសាខ្មែរ"): how a page names the languages it has. */
export const LANGUAGE_NAMES = LOCALE_INFO.map((l) => l.name).join(LANGUAGE_NAME_SEPARATOR);

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && byCode.has(value);
}

export function localeInfo(locale: Locale): LocaleInfo {
  const info = byCode.get(locale);
  if (!info) throw new Error(`unknown locale "${locale}"`);
  return info;
}

/** Every locale but this one, in registry order: the language links of a page. */
export function otherLocales(locale: Locale): Locale[] {
  return LOCALES.filter((l) => l !== locale);
}

/** From three languages on, a page's language links fold into a menu (PageChrome.tsx, locale-styles.ts). */
export function languageLinksFoldIntoMenu(localeCount: number): boolean {
  return localeCount > 2;
}
