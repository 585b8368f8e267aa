import { describe, expect, it } from 'vitest';
import { dataset, figures, shareableFigures } from '../../worker/content';
import { formatFigure } from '../../worker/i18n/format-figure';
import { LOCALES, LOCALE_INFO } from '../../worker/i18n/locales';
import { text } from '../../worker/i18n/rich-text';
import { formatNumber } from '../../worker/i18n/format-number';
import { fetchWorker } from './fetch';
import { TRANSLATED } from '../support/locales';

describe.each(LOCALES)('/%s/sources', (locale) => {
  it('has a note for every figure, with its value as the story shows it', async () => {
    const res = await fetchWorker(`/${locale}/sources`);
    expect(res.status).toBe(200);
    // Without the word joiners that hold a range ("15%–30%") on one line.
    const html = (await res.text()).replace(/\u2060/g, '');
    expect(html).toContain(`<html lang="${locale}"`);
    for (const figure of figures) {
      expect(html).toContain(`<section class="note" id="${figure.id}"`);
      expect(html).toContain(`<dd class="note__value">${formatFigure(figure, locale)}</dd>`);
    }
    for (const source of dataset.sources) expect(html).toContain(`id="source-${source.id}"`);
    expect(html).toContain('id="changelog"');
  });

  it('is where every figure in the story links to', async () => {
    const story = await (await fetchWorker(`/${locale}/`)).text();
    const sources = await (await fetchWorker(`/${locale}/sources`)).text();
    const targets = [...story.matchAll(new RegExp(`<a class="fig" href="/(${LOCALES.join('|')})/sources#([a-z0-9-]+)"`, 'g'))];
    expect(new Set(targets.map((t) => t[2]))).toEqual(new Set(figures.map((f) => f.id)));
    for (const [, l, id] of targets) {
      expect(l).toBe(locale);
      expect(sources).toContain(`id="${id}"`);
    }
  });

  it('keeps "more than" and the wording note for 2015', async () => {
    // Without the line-break marks of Khmer body text (worker/i18n/khmer-line-breaks.ts).
    const html = (await (await fetchWorker(`/${locale}/sources`)).text()).replace(/[\u200b\u2060]/g, '');
    const wording = html.slice(html.indexOf('id="young-minors-2015"'));
    const readable = wording
      .replace(/<[^>]+>/g, '')
      .replace(/&#39;/g, "'")
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&');
    expect(readable).toContain(text(locale, 'sources.note.young-minors-2015').replace(/[\u200b\u2060]/g, ''));
  });
});

describe.each(LOCALES)('/%s/data', (locale) => {
  it('documents the API and shows embed code for the chosen figure and language', async () => {
    const res = await fetchWorker(`/${locale}/data?figure=cases&lang=${TRANSLATED}`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain(`/embed/cases?lang=${TRANSLATED}`);
    expect(html).toContain(`&lt;prevalence-figure figure=&quot;cases&quot; lang=&quot;${TRANSLATED}&quot;&gt;`);
    expect(html).toContain('/api/v1/prevalence.csv');
    expect(html).toContain('<form method="get"');
    for (const figure of shareableFigures) expect(html).toContain(`<option value="${figure.id}"`);
  });

  it('falls back to the default figure for an unknown one', async () => {
    const res = await fetchWorker(`/${locale}/data?figure=%3Cscript%3E`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain(`/embed/minors-2015?lang=${locale}`);
    expect(html).not.toContain('<script>');
  });

  it('answers an unknown language with a 400 page, as every route that takes lang does', async () => {
    const res = await fetchWorker(`/${locale}/data?figure=cases&lang=zz`);
    expect(res.status).toBe(400);
    expect(await res.text()).not.toContain('/embed/cases');
  });
});

describe('footer links', () => {
  it.each(LOCALES)('the %s story links to its sources, data and changelog', async (locale) => {
    const html = await (await fetchWorker(`/${locale}/`)).text();
    expect(html).toContain(`href="/${locale}/sources"`);
    expect(html).toContain(`href="/${locale}/data"`);
    expect(html).toContain(`href="/${locale}/sources#changelog"`);
  });
});

describe.each(LOCALES)('language names on /%s/ pages come from the registry', (locale) => {
  it('the 404 page counts the languages and links each; the data page names each in its own name, and its code', async () => {
    const notFound = await (await fetchWorker(`/${locale}/no-such-page`)).text();
    const data = await (await fetchWorker(`/${locale}/data`)).text();
    for (const info of LOCALE_INFO) {
      expect(notFound).toContain(`<a href="/${info.code}/" hreflang="${info.hreflang}"`);
      expect(data).toContain(info.name);
      expect(data).toContain(info.code);
    }
    expect(notFound).toContain(formatNumber(LOCALES.length, locale));
  });
});
