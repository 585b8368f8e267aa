import { dataset, findFigure, type Figure } from '../content';
import { formatFigure, whenUnlessLabelSays } from './format-figure';
import { formatNumber, formatYear } from './format-number';
import { formatNaturalFrequency, naturalFrequency } from './natural-frequency';
import type { Locale } from './locales';
import { message } from './messages';

/** A piece of localized prose: plain text, or a value inserted from the data. */
export type Segment = { kind: 'text'; text: string } | { kind: 'figure'; id: string; text: string };

// {fig:id} a figure's display value; {nf:id} a percentage as "about 82 in every 1,000";
// {year:id} a figure's or timeline event's year; {from:id} the first year of a figure's period;
// {age:population} a population's upper age. Prose never types a number itself.
export const PLACEHOLDER = /\{(fig|nf|year|from|age):([a-z0-9-]+)\}/g;

function resolvePlaceholder(kind: string, id: string, locale: Locale): string {
  switch (kind) {
    case 'fig': {
      const figure = findFigure(id);
      if (!figure) throw new Error(`unknown figure "${id}"`);
      return formatFigure(figure, locale);
    }
    case 'nf': {
      const figure = findFigure(id);
      if (!figure || typeof figure.value !== 'number' || figure.unit !== 'percent') throw new Error(`no share for "${id}"`);
      return formatNaturalFrequency(naturalFrequency(figure.value, figure.decimals), locale);
    }
    case 'year': {
      const year = findFigure(id)?.year ?? dataset.timeline[id];
      if (typeof year !== 'number') throw new Error(`no year for "${id}"`);
      return formatYear(year, locale);
    }
    case 'from': {
      const from = findFigure(id)?.period?.from;
      if (from === undefined) throw new Error(`no period for "${id}"`);
      return formatYear(from, locale);
    }
    case 'age': {
      const age = dataset.populations[id]?.maxAge;
      if (age === undefined) throw new Error(`no age for population "${id}"`);
      return formatNumber(age, locale);
    }
    default:
      throw new Error(`unknown placeholder kind "${kind}"`);
  }
}

/** Splits a template into text and figure segments, resolving every placeholder. */
export function segments(template: string, locale: Locale): Segment[] {
  const out: Segment[] = [];
  let last = 0;
  for (const match of template.matchAll(PLACEHOLDER)) {
    const [whole, kind = '', id = ''] = match;
    if (match.index > last) out.push({ kind: 'text', text: template.slice(last, match.index) });
    const text = resolvePlaceholder(kind, id, locale);
    out.push(kind === 'fig' ? { kind: 'figure', id, text } : { kind: 'text', text });
    last = match.index + whole.length;
  }
  if (last < template.length) out.push({ kind: 'text', text: template.slice(last) });
  return out;
}

/** A message with its placeholders resolved to plain text (titles, meta descriptions). */
export function text(locale: Locale, key: string): string {
  return segments(message(locale, key), locale)
    .map((s) => s.text)
    .join('');
}

/** A block of prose: a paragraph, or a list whose items are lines that start with "- ". */
export type ProseBlock = { kind: 'paragraph'; text: string } | { kind: 'list'; items: string[] };

const LIST_ITEM = /^- (.*)$/;

/** Splits a template into paragraphs (blank lines) and lists ("- " lines), in order. */
export function proseBlocks(template: string): ProseBlock[] {
  const blocks: ProseBlock[] = [];
  for (const paragraph of template.split(/\n{2,}/)) {
    let lines: string[] = [];
    let items: string[] = [];
    const flushLines = () => {
      if (lines.length) blocks.push({ kind: 'paragraph', text: lines.join('\n') });
      lines = [];
    };
    const flushItems = () => {
      if (items.length) blocks.push({ kind: 'list', items });
      items = [];
    };
    for (const line of paragraph.split('\n')) {
      const item = LIST_ITEM.exec(line);
      if (item) {
        flushLines();
        items.push(item[1] ?? '');
      } else {
        flushItems();
        lines.push(line);
      }
    }
    flushLines();
    flushItems();
  }
  return blocks;
}

/**
 * "Perpetrators convicted · more than 200 · 2003–2015": label first, so no title starts in lower
 * case, and the date only if the label does not already say it.
 */
export function figureTitle(figure: Figure, locale: Locale, { value = true } = {}): string {
  const label = text(locale, `figure.${figure.id}.label`);
  return [label, value ? formatFigure(figure, locale) : '', whenUnlessLabelSays(figure, locale, label)].filter(Boolean).join(' · ');
}
