import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { markTranslated, sourceHash, statusFails, translationStatus } from '../../scripts/i18n/translation-status';
import type { SourceMessages, TranslatedMessages } from '../../worker/content/types';
import { storyFile } from '../../worker/content/validate';
import { FALLBACK_LOCALE, LOCALES } from '../../worker/i18n/locales';

const en = JSON.parse(readFileSync(storyFile(FALLBACK_LOCALE), 'utf8')) as SourceMessages;
const strict = process.env.I18N_STRICT === '1';
const translations = LOCALES.filter((l) => l !== FALLBACK_LOCALE);
const translated = (locale: string) => JSON.parse(readFileSync(storyFile(locale), 'utf8')) as TranslatedMessages;
// Any translation serves the mechanics' tests below: they edit the source, not the translation.
const km = translated(translations[0]!);

describe.each(translations)('the %s translation', (locale) => {
  const status = translationStatus(en, translated(locale));

  it('has no missing string', () => {
    expect(status.missing).toEqual([]);
    expect(status.orphaned).toEqual([]);
  });

  it(`has no stale string${strict ? '' : ' (reported; fails only with I18N_STRICT=1)'}`, () => {
    if (status.stale.length > 0) console.warn(`stale ${locale} strings: ${status.stale.join(', ')}`);
    if (strict) expect(status.stale).toEqual([]);
    expect(statusFails(status, strict)).toBe(false);
  });
});

describe('npm run i18n:status', () => {
  it('reports each translation on its own line', () => {
    const out = spawnSync('node_modules/.bin/tsx', ['scripts/i18n-status.ts'], { encoding: 'utf8', timeout: 60_000 }).stdout;
    for (const locale of translations) expect(out).toMatch(new RegExp(`^${locale}: \\d+ missing, \\d+ stale$`, 'm'));
  });
});

describe('CI', () => {
  it('runs the tests with I18N_STRICT=1, so a stale string in any translation fails it', () => {
    expect(readFileSync('.ci/run', 'utf8')).toMatch(/^export I18N_STRICT=1$/m);
  });
});

describe('stale detection', () => {
  it('reports the translated string of a source string that changed', () => {
    const edited = { ...en, 'step.fall.heading': `${en['step.fall.heading']} (revised)` };
    const status = translationStatus(edited, km);
    expect(status.stale).toEqual(['step.fall.heading']);
    expect(status.missing).toEqual([]);
    expect(statusFails(status, false)).toBe(false);
    expect(statusFails(status, true)).toBe(true);
  });

  it('clears once the translator marks the string as revised', () => {
    const edited = { ...en, 'step.fall.heading': 'A new heading' };
    const marked = markTranslated(edited, km, ['step.fall.heading']);
    expect(marked['step.fall.heading']?.en).toBe(sourceHash('A new heading'));
    expect(translationStatus(edited, marked).stale).toEqual([]);
  });

  it('fails on a missing string, strict or not', () => {
    const { ['ui.next']: _dropped, ...partial } = km;
    const status = translationStatus(en, partial);
    expect(status.missing).toEqual(['ui.next']);
    expect(statusFails(status, false)).toBe(true);
  });
});
