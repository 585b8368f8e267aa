// Marks where lines may break in every text node of a page's body, after rendering, so no view
// has to remember to: Khmer between words only, and never inside a range of numbers ("2003–2015",
// which browsers break after the dash). Titles, meta tags and attributes are outside the body's
// text nodes and keep the plain text; scripts, styles, code, form options and SVG labels (which
// never wrap) are left alone.
import { glueRanges, hasKhmerScript, markKhmerLineBreaks, WORD_BREAK, WORD_JOINER } from '../i18n/khmer-line-breaks';

const SKIPPED = new Set(['script', 'style', 'pre', 'code', 'textarea', 'option', 'svg', 'title']);
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const TAG = /^<(\/?)([a-zA-Z][a-zA-Z0-9-]*)/;

export function markKhmerTextNodes(html: string): string {
  const bodyAt = html.indexOf('<body');
  if (bodyAt < 0) return html;
  const parts = html.slice(bodyAt).split(/(<[^>]*>)/);
  // Open elements, each with whether text inside it is left alone.
  const open: { name: string; skip: boolean }[] = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] ?? '';
    if (i % 2 === 1) {
      const tag = TAG.exec(part);
      if (!tag) continue;
      const name = (tag[2] ?? '').toLowerCase();
      if (tag[1]) {
        const at = open.map((e) => e.name).lastIndexOf(name);
        if (at >= 0) open.length = at;
      } else if (!VOID.has(name) && !part.endsWith('/>')) {
        open.push({ name, skip: SKIPPED.has(name) || (open.at(-1)?.skip ?? false) });
      }
      continue;
    }
    if (open.at(-1)?.skip) continue;
    // RichText has marked its own Khmer already, with the joins it knows around inserted values.
    const marked = part.includes(WORD_BREAK) || part.includes(WORD_JOINER) || !hasKhmerScript(part) ? part : markKhmerLineBreaks(part);
    parts[i] = glueRanges(marked);
  }
  return html.slice(0, bodyAt) + parts.join('');
}
