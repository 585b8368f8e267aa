import type { Child } from 'hono/jsx';
import { khmerLinePieces } from '../i18n/khmer-line-breaks';

/**
 * Body text whose Khmer lines break only between words: each word is a `.word` span (nowrap),
 * with <wbr> between adjacent words. Text without Khmer script comes back unchanged. Only for
 * rendered body text: titles, attributes, <option> and API fields take the plain string.
 *
 * Measured in Chromium 156: zero-width spaces, alone or with `word-break: keep-all`, change
 * nothing (its own Khmer dictionary still splits និរ|ទេស); nowrap words do stop it. The <wbr>
 * sits outside the nowrap spans, so every engine honours it, and nothing invisible is copied.
 */
export function withWordBreaks(text: string): Child {
  const pieces = khmerLinePieces(text);
  if (pieces.length === 1 && pieces[0]?.kind === 'other') return text;
  return pieces.map((piece, i) => {
    // One character cannot break, so it needs no span.
    const rendered = piece.kind === 'word' && piece.text.length > 1 ? <span class="word">{piece.text}</span> : piece.text;
    return i > 0 && piece.kind === 'word' && pieces[i - 1]?.kind === 'word' ? [<wbr />, rendered] : rendered;
  });
}
