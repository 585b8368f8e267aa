import { describe, expect, it } from 'vitest';
import { KHMER_SCRIPT, KHMER_TEXT_CHAR, KHMER_UNICODE_RANGE } from './khmer-script';

// Every code point a CSS unicode-range names, to compare it with the regular expressions.
function inRange(range: string, cp: number): boolean {
  return range.split(',').some((part) => {
    const [from = '', to = from] = part.replace('U+', '').split('-');
    return cp >= parseInt(from, 16) && cp <= parseInt(to, 16);
  });
}

describe('the Khmer code points, written once', () => {
  it('agree between the unicode-range and the text class, U+200B included', () => {
    for (let cp = 0; cp <= 0x2fff; cp++) {
      expect(KHMER_TEXT_CHAR.test(String.fromCodePoint(cp)), cp.toString(16)).toBe(inRange(KHMER_UNICODE_RANGE, cp));
    }
    expect(KHMER_TEXT_CHAR.test('\u200b')).toBe(true);
  });

  it('count only the script as Khmer script', () => {
    expect(KHMER_SCRIPT.test('ក')).toBe(true);
    expect(KHMER_SCRIPT.test('៥')).toBe(true);
    expect(KHMER_SCRIPT.test('\u200b')).toBe(false);
    expect(KHMER_SCRIPT.test('a')).toBe(false);
  });
});
