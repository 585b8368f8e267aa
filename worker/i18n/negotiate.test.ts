import { describe, expect, it } from 'vitest';
import { localeFromAcceptLanguage, parseAcceptLanguage } from './negotiate';

describe('localeFromAcceptLanguage', () => {
  it.each([
    ['km', 'km'],
    ['km-KH', 'km'],
    ['KM-kh', 'km'],
    ['km-KH,km;q=0.9,en;q=0.8', 'km'],
    ['en-US,en;q=0.9', 'en'],
    ['fr-FR,fr;q=0.9', 'en'],
    ['fr;q=0.9,km;q=0.5', 'km'],
    ['en;q=0.4,km;q=0.8', 'km'],
    ['km;q=0,en', 'en'],
    ['*', 'en'],
  ])('%s → %s', (header, locale) => {
    expect(localeFromAcceptLanguage(header)).toBe(locale);
  });

  it.each([[''], [null], [undefined], [';;;,,,'], ['km;q=abc'], ['km;q=2'], ['<script>'], ['k'.repeat(5000)], ['km,'.repeat(2000)]])(
    'falls back to English for %j',
    (header) => {
      expect(localeFromAcceptLanguage(header as string | null | undefined)).toBe('en');
    },
  );

  it('orders by q, then by position', () => {
    expect(parseAcceptLanguage('en;q=0.5, km, fr;q=0.5').map((r) => r.primary)).toEqual(['km', 'en', 'fr']);
  });
});
