import { sourceMessages, translatedMessages } from '../content';
import type { Locale } from './locales';

export type MessageKey = keyof typeof sourceMessages & string;

const tables: Record<Locale, Record<string, string>> = {
  en: sourceMessages,
  km: Object.fromEntries(Object.entries(translatedMessages).map(([key, m]) => [key, m.text])),
};

/** The raw message (placeholders unresolved). A missing key is a content error caught by tests. */
export function message(locale: Locale, key: string): string {
  const text = tables[locale][key];
  if (text === undefined) throw new Error(`missing message "${key}" for locale "${locale}"`);
  return text;
}

export function hasMessage(locale: Locale, key: string): boolean {
  return tables[locale][key] !== undefined;
}

/** Replaces simple {name} parameters; content placeholders like {fig:id} are left for rich-text. */
export function fill(template: string, params: Record<string, string>): string {
  return template.replace(/\{([a-z]+)\}/gi, (whole, name: string) => params[name] ?? whole);
}
