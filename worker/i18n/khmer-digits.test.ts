import { describe, expect, it } from 'vitest';
import { fromKhmerDigits, toKhmerDigits } from './khmer-digits';

describe('toKhmerDigits', () => {
  it('maps each ASCII digit to its Khmer digit', () => {
    expect(toKhmerDigits('0123456789')).toBe('០១២៣៤៥៦៧៨៩');
  });

  it('keeps separators, signs and letters', () => {
    expect(toKhmerDigits('8.16% - 2,015 IJM')).toBe('៨.១៦% - ២,០១៥ IJM');
  });

  it('round-trips through fromKhmerDigits', () => {
    expect(fromKhmerDigits(toKhmerDigits('2012–2015'))).toBe('2012–2015');
  });
});
