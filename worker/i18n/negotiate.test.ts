import { describe, expect, it } from 'vitest';
import { localeFromAcceptLanguage, localeFromCookie, negotiateLocale, parseAcceptLanguage } from './negotiate';

describe('localeFromAcceptLanguage', () => {
  it.each([
    ['km', 'km'],
    ['km-KH', 'km'],
    ['KM-kh', 'km'],
    ['km-KH,km;q=0.9,en;q=0.8', 'km'],
    ['en-US,en;q=0.9', 'en'],
    ['zz-ZZ,zz;q=0.9', 'en'],
    ['zz;q=0.9,km;q=0.5', 'km'],
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
    expect(parseAcceptLanguage('en;q=0.5, km, zz;q=0.5').map((r) => r.primary)).toEqual(['km', 'en', 'zz']);
  });
});

describe('negotiateLocale', () => {
  it('prefers the choice cookie over Accept-Language', () => {
    expect(negotiateLocale({ cookie: 'lang=en', acceptLanguage: 'km-KH' })).toBe('en');
    expect(negotiateLocale({ cookie: 'theme=dark; lang=km', acceptLanguage: 'en-US' })).toBe('km');
  });

  it.each(['lang=zz', 'lang=', 'lang', '=km', 'lang=km%00', ';;;', 'lang="km"', 'x'.repeat(10000)])(
    'ignores the malformed cookie %j',
    (cookie) => {
      expect(negotiateLocale({ cookie, acceptLanguage: 'en' })).toBe('en');
      expect(localeFromCookie(cookie)).toBeUndefined();
    },
  );
});
