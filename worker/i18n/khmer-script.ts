// The Khmer script's code points, written once: the Khmer and Khmer Symbols blocks. The webfont's
// unicode-range adds what Khmer text needs besides them: zero-width space and (non-)joiners, and
// the dotted circle that shows a lone mark.
export const KHMER_BLOCKS = '\\u1780-\\u17ff\\u19e0-\\u19ff';
const TEXT_EXTRAS = '\\u200b-\\u200d\\u25cc';

/** One character of Khmer script. */
export const KHMER_SCRIPT = new RegExp(`[${KHMER_BLOCKS}]`, 'u');

/** One character a Khmer webfont covers: the script, and the invisible marks and dotted circle. */
export const KHMER_TEXT_CHAR = new RegExp(`[${KHMER_BLOCKS}${TEXT_EXTRAS}]`, 'u');

/** The same set as a CSS unicode-range. */
export const KHMER_UNICODE_RANGE = 'U+1780-17FF,U+19E0-19FF,U+200B-200D,U+25CC';
