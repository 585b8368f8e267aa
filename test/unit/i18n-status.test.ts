import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { markTranslated, sourceHash, statusFails, translationStatus } from '../../scripts/i18n/translation-status';
import type { SourceMessages, TranslatedMessages } from '../../worker/content/types';

const en = JSON.parse(readFileSync('content/story/en.json', 'utf8')) as SourceMessages;
const km = JSON.parse(readFileSync('content/story/km.json', 'utf8')) as TranslatedMessages;
const strict = process.env.I18N_STRICT === '1';

describe('the Khmer translation', () => {
  const status = translationStatus(en, km);

  it('has no missing string', () => {
    expect(status.missing).toEqual([]);
    expect(status.orphaned).toEqual([]);
  });

  it(`has no stale string${strict ? '' : ' (reported; fails only with I18N_STRICT=1)'}`, () => {
    if (status.stale.length > 0) console.warn(`stale Khmer strings: ${status.stale.join(', ')}`);
    if (strict) expect(status.stale).toEqual([]);
    expect(statusFails(status, strict)).toBe(false);
  });
});

describe('CI', () => {
  it('runs the tests with I18N_STRICT=1, so a stale Khmer string fails it', () => {
    expect(readFileSync('.ci/run', 'utf8')).toMatch(/^export I18N_STRICT=1$/m);
  });
});

describe('stale detection', () => {
  it('reports the Khmer string of an English string that changed', () => {
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
