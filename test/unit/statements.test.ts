// Every fact the story and its graphic state besides the figures has a source note: it is listed in
// content/data/statements.json with a source of the dataset, and the sources page shows it.
import { describe, expect, it } from 'vitest';
import { dataset, statements, storyFiles } from '../../worker/content';
import { FALLBACK_LOCALE, LOCALES } from '../../worker/i18n/locales';
import { hasMessage, message } from '../../worker/i18n/messages';
import { text } from '../../worker/i18n/rich-text';
import { renderSources } from '../../worker/prerender/renders';

// The graphic's statements of fact (the changes, the timeline's events, the needs, the map's limits)
// and the step that tells them. Labels whose wording code completes ({tier}, {names}) restate a
// fact the step already carries.
const FACT_KEY = /^(graphic\.(changed|timeline|need)\.(?!title$)|graphic\.map\.(not-counted|outside)$|step\.what-changed\.body$)/;
const sourceKeys = Object.keys(storyFiles[FALLBACK_LOCALE] ?? {});
// As a reader reads it: entities decoded, and without the marks where Khmer lines may break.
const decode = (s: string) =>
  s
    .replace(/[\u200b\u2060]/g, '')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

describe('content/data/statements.json', () => {
  it('lists every statement of fact in the story and graphic', () => {
    const facts = sourceKeys.filter((k) => FACT_KEY.test(k) && !/\{[a-z]+\}/.test(message(FALLBACK_LOCALE, k)));
    expect(facts.length).toBeGreaterThan(15);
    const listed = new Set(statements.map((s) => s.key));
    expect(facts.filter((k) => !listed.has(k))).toEqual([]);
  });

  it('names a source of the dataset for each, and a message in every locale', () => {
    const sources = new Set(dataset.sources.map((s) => s.id));
    for (const s of statements) {
      expect(sources.has(s.source), `${s.key}: ${s.source}`).toBe(true);
      for (const locale of LOCALES) expect(hasMessage(locale, s.key), `${locale} ${s.key}`).toBe(true);
    }
  });

  it.each(LOCALES)('is shown on the %s sources page, each with a link to its source', (locale) => {
    const html = renderSources(locale, 'https://story.test');
    for (const s of statements) {
      const item = new RegExp(`<li data-statement="${s.key.replace(/\./g, '\\.')}">([^]*?)</li>`).exec(html)?.[1] ?? '';
      expect(item, s.key).toContain(`href="#source-${s.source}"`);
      expect(decode(item), s.key).toContain(text(locale, s.key).replace(/\n+/g, ' ').slice(0, 40));
    }
    // The map's data is cited like every other source.
    expect(html).toContain('id="source-natural-earth"');
  });
});
