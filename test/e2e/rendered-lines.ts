// Where Chromium actually broke the lines of a page: measured from the rendered boxes, not
// from the markup. Runs inside the page (page.evaluate), so it uses only browser globals.

export interface RenderedBlock {
  /** The element whose lines these are, for messages: tag and first class. */
  where: string;
  /** The block's text as a reader reads it (no zero-width characters). */
  text: string;
  /** Offsets in `text` where a rendered line starts, the first line excluded. */
  lineStarts: number[];
  /**
   * Those of lineStarts that fall between two Khmer letters where the page allowed no break: no
   * zero-width space there, and either no dictionary word boundary or a word joiner holding it.
   */
  unmarked: number[];
}

export function measureRenderedLines(): RenderedBlock[] {
  const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  const invisible = /^[\s\u200b-\u200d\u2060]*$/u;
  const khmerLetter = /[\u1780-\u17d3]/;
  // The dictionary Chromium's own line breaker uses for Khmer: the page marks only where it differs.
  const words = new Intl.Segmenter('km', { granularity: 'word' });
  type Item = { at: number; top: number; height: number; markedBefore: boolean; joinedBefore: boolean };
  const blocks = new Map<Element, { text: string; items: Item[]; pendingMark: boolean; pendingJoin: boolean }>();
  const range = document.createRange();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    // Code samples break anywhere on purpose (word-break: break-all): they are not prose.
    if (node.parentElement?.closest('pre, code')) continue;
    // Line boxes belong to the nearest ancestor that is not an inline box.
    let block: Element | null = node.parentElement;
    while (block && ['inline', 'contents'].includes(getComputedStyle(block).display)) block = block.parentElement;
    if (!block) continue;
    let entry = blocks.get(block);
    if (!entry) blocks.set(block, (entry = { text: '', items: [], pendingMark: false, pendingJoin: false }));
    for (const { segment, index } of graphemes.segment(node.data)) {
      if (invisible.test(segment)) {
        // A space or a zero-width space: a break the text allows; a word joiner forbids one.
        if (/[\s\u200b]/u.test(segment)) entry.pendingMark = true;
        if (segment.includes('\u2060')) entry.pendingJoin = true;
      } else {
        range.setStart(node, index);
        range.setEnd(node, index + segment.length);
        const rect = range.getClientRects()[0];
        if (rect && rect.width + rect.height > 0) {
          entry.items.push({
            at: entry.text.length,
            top: rect.top,
            height: rect.height,
            markedBefore: entry.pendingMark,
            joinedBefore: entry.pendingJoin || segment.startsWith('\u2060'),
          });
        }
        entry.pendingMark = false;
        entry.pendingJoin = false;
      }
      entry.text += segment.replace(/[\u200b\u2060]/g, '');
    }
  }
  const out: RenderedBlock[] = [];
  for (const [element, { text, items }] of blocks) {
    if (items.length === 0) continue;
    const lineStarts: number[] = [];
    const unmarked: number[] = [];
    const boundaries = new Set([...words.segment(text)].map((s) => s.index));
    for (let i = 1; i < items.length; i++) {
      const [before, after] = [items[i - 1]!, items[i]!];
      if (after.top <= before.top + before.height / 2) continue;
      lineStarts.push(after.at);
      const khmerBothSides = khmerLetter.test(text[after.at - 1] ?? '') && khmerLetter.test(text[after.at] ?? '');
      const allowed = after.markedBefore || (boundaries.has(after.at) && !after.joinedBefore);
      if (khmerBothSides && !allowed) unmarked.push(after.at);
    }
    out.push({
      where: element.tagName.toLowerCase() + (element.classList[0] ? `.${element.classList[0]}` : ''),
      text,
      lineStarts,
      unmarked,
    });
  }
  return out;
}
