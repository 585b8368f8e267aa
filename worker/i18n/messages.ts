import { storyFiles, type SourceMessages, type TranslatedMessages } from '../content';
import { FALLBACK_LOCALE, LOCALES, type Locale } from './locales';

/** The source language's file holds plain strings; a translation records what it translates. */
function plainTexts(locale: Locale): Record<string, string> {
  const file = storyFiles[locale];
  if (!file) throw new Error(`content/story/${locale}.json is missing`);
  if (locale === FALLBACK_LOCALE) return file as SourceMessages;
  return Object.fromEntries(Object.entries(file as TranslatedMessages).map(([key, m]) => [key, m.text]));
}

const tables: Record<Locale, Record<string, string>> = Object.fromEntries(LOCALES.map((l) => [l, plainTexts(l)]));

/** The raw message (placeholders unresolved). A missing key is a content error caught by tests. */
export function message(locale: Locale, key: string): string {
  const text = tables[locale]?.[key];
  if (text === undefined) throw new Error(`missing message "${key}" for locale "${locale}"`);
  return text;
}

export function hasMessage(locale: Locale, key: string): boolean {
  return tables[locale]?.[key] !== undefined;
}

/** Replaces simple {name} parameters; content placeholders like {fig:id} are left for rich-text. */
export function fill(template: string, params: Record<string, string>): string {
  return template.replace(/\{([a-z]+)\}/gi, (whole, name: string) => params[name] ?? whole);
}
