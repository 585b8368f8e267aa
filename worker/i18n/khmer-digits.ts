// Intl has no Khmer data in workerd or Chromium, so Khmer digits are mapped by hand.
const KHMER_ZERO = 0x17e0;

/** Replaces ASCII digits 0–9 with Khmer digits ០–៩; everything else is kept. */
export function toKhmerDigits(text: string): string {
  return text.replace(/[0-9]/g, (digit) => String.fromCharCode(KHMER_ZERO + digit.charCodeAt(0) - 48));
}

/** Replaces Khmer digits with ASCII digits (the inverse of toKhmerDigits). */
export function fromKhmerDigits(text: string): string {
  return text.replace(/[\u17e0-\u17e9]/g, (digit) => String.fromCharCode(48 + digit.charCodeAt(0) - KHMER_ZERO));
}
