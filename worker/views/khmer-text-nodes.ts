// Marks where Khmer lines may break in every text node of a page's body, after rendering, so no
// view has to remember to. Titles, meta tags and attributes are outside the body's text nodes and
// keep the plain text; scripts, styles, code and SVG labels (which never wrap) are left alone.
import { hasKhmerScript, markKhmerLineBreaks, WORD_BREAK, WORD_JOINER } from '../i18n/khmer-line-breaks';

const SKIPPED = new Set(['script', 'style', 'pre', 'code', 'textarea', 'option', 'svg', 'title']);
const TAG = /^<(\/?)([a-zA-Z][a-zA-Z0-9-]*)/;

export function markKhmerTextNodes(html: string): string {
  const bodyAt = html.indexOf('<body');
  if (bodyAt < 0 || !hasKhmerScript(html.slice(bodyAt))) return html;
  const parts = html.slice(bodyAt).split(/(<[^>]*>)/);
  let skipped = 0;
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] ?? '';
    if (i % 2 === 1) {
      const tag = TAG.exec(part);
      if (tag && SKIPPED.has((tag[2] ?? '').toLowerCase()) && !part.endsWith('/>')) skipped += tag[1] ? -1 : 1;
      continue;
    }
    // RichText has marked its own text already, with the joins it knows around inserted values.
    if (skipped > 0 || part.includes(WORD_BREAK) || part.includes(WORD_JOINER) || !hasKhmerScript(part)) continue;
    parts[i] = markKhmerLineBreaks(part);
  }
  return html.slice(0, bodyAt) + parts.join('');
}
