// The languages a test uses as examples, read from the registry: tests never name a real language
// unless they test its own content (test/unit/no-locale-names.test.ts holds them to that).
import { FALLBACK_LOCALE, LOCALES } from '../../worker/i18n/locales';

/** The source language: the one a request that names none gets. */
export const SOURCE = FALLBACK_LOCALE;

/** A translation: the first language in the registry that is not the source. */
export const TRANSLATED = LOCALES.find((l) => l !== FALLBACK_LOCALE)!;

/** Every translation, in registry order. */
export const TRANSLATIONS = LOCALES.filter((l) => l !== FALLBACK_LOCALE);
