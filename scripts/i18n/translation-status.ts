// Which Khmer strings are missing, and which are stale: translated from an English text that
// has since changed. Each Khmer entry records `en`, a hash of the English it translates.
import { createHash } from 'node:crypto';
import type { SourceMessages, TranslatedMessages } from '../../worker/content/types';

export function sourceHash(english: string): string {
  return createHash('sha256').update(english, 'utf8').digest('hex').slice(0, 12);
}

export interface TranslationStatus {
  missing: string[];
  stale: string[];
  orphaned: string[];
}

export function translationStatus(en: SourceMessages, km: TranslatedMessages): TranslationStatus {
  const missing: string[] = [];
  const stale: string[] = [];
  for (const [key, english] of Object.entries(en)) {
    const translated = km[key];
    if (!translated || typeof translated.text !== 'string' || translated.text.trim() === '') missing.push(key);
    else if (translated.en !== sourceHash(english)) stale.push(key);
  }
  const orphaned = Object.keys(km).filter((key) => !(key in en));
  return { missing, stale, orphaned };
}

/** Missing strings always fail; stale ones fail only in strict mode (I18N_STRICT=1). */
export function statusFails(status: TranslationStatus, strict: boolean): boolean {
  return status.missing.length > 0 || status.orphaned.length > 0 || (strict && status.stale.length > 0);
}

/** Records that the Khmer for these keys now translates the current English. */
export function markTranslated(en: SourceMessages, km: TranslatedMessages, keys: string[]): TranslatedMessages {
  const next = { ...km };
  for (const key of keys) {
    const english = en[key];
    const entry = next[key];
    if (english === undefined || !entry) throw new Error(`no English and Khmer pair for "${key}"`);
    next[key] = { ...entry, en: sourceHash(english) };
  }
  return next;
}
