import { FALLBACK_LOCALE, isLocale, type Locale } from './locales';

// Headers longer than this are not parsed: no real browser sends one, and parsing costs CPU.
const MAX_HEADER_LENGTH = 1024;
const LANGUAGE_RANGE = /^([a-z]{1,8})(?:-[a-z0-9]{1,8})*$|^\*$/i;

/** The cookie the language switch sets: the reader's explicit choice. */
const CHOICE_COOKIE = 'lang';

interface LanguageRange {
  primary: string;
  q: number;
  order: number;
}

/** Parses an Accept-Language header (RFC 9110 §12.5.4); malformed entries are skipped. */
export function parseAcceptLanguage(header: string | null | undefined): LanguageRange[] {
  if (!header || header.length > MAX_HEADER_LENGTH) return [];
  const ranges: LanguageRange[] = [];
  header.split(',').forEach((part, order) => {
    const [tag = '', ...params] = part.trim().split(';');
    const match = LANGUAGE_RANGE.exec(tag.trim());
    if (!match) return;
    let q = 1;
    for (const param of params) {
      const [name, value] = param.trim().split('=');
      if (name?.trim().toLowerCase() !== 'q') continue;
      if (!value || !/^(?:0(?:\.\d{0,3})?|1(?:\.0{0,3})?)$/.test(value.trim())) return;
      q = Number(value);
    }
    if (q > 0) ranges.push({ primary: (match[1] ?? '*').toLowerCase(), q, order });
  });
  return ranges.sort((a, b) => b.q - a.q || a.order - b.order);
}

/** Picks a supported locale from Accept-Language by its primary tag (km-KH means km); else the fallback. */
export function localeFromAcceptLanguage(header: string | null | undefined): Locale {
  for (const range of parseAcceptLanguage(header)) {
    if (isLocale(range.primary)) return range.primary;
  }
  return FALLBACK_LOCALE;
}

/** The locale named by the choice cookie, if the Cookie header carries a valid one. */
export function localeFromCookie(header: string | null | undefined): Locale | undefined {
  if (!header || header.length > 4 * MAX_HEADER_LENGTH) return undefined;
  for (const pair of header.split(';')) {
    const [name, value] = pair.split('=').map((s) => s.trim());
    if (name === CHOICE_COOKIE && isLocale(value)) return value;
  }
  return undefined;
}

/** The reader's explicit choice first, then their browser's languages, then English. */
export function negotiateLocale(headers: { cookie?: string | null; acceptLanguage?: string | null }): Locale {
  return localeFromCookie(headers.cookie) ?? localeFromAcceptLanguage(headers.acceptLanguage);
}
