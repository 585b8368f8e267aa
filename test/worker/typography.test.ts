// Typography the code writes, checked on everything a reader or partner receives: pages, embed
// cards, API bodies and CSV, in every locale.
import { describe, expect, it } from 'vitest';
import { shareableFigures } from '../../worker/content';
import { LOCALES } from '../../worker/i18n/locales';
import { text } from '../../worker/i18n/rich-text';
import { fetchWorker } from './fetch';

const paths = LOCALES.flatMap((l) => [
  `/${l}/`,
  `/${l}/sources`,
  `/${l}/data`,
  `/${l}/no-such-page`,
  ...shareableFigures.flatMap((f) => [`/${l}/f/${f.id}`, `/embed/${f.id}?lang=${l}`, `/api/v1/prevalence/${f.id}?lang=${l}`]),
  `/api/v1/prevalence?lang=${l}`,
  `/api/v1/prevalence.csv?lang=${l}`,
]);

const decode = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

const KHMER_THEN_ASCII_COLON = /[\u1780-\u17ff\u19e0-\u19ff]\s*:/u;
const ISO_DATE_IN_KHMER_DIGITS = /[០-៩]{4}-[០-៩]{2}-[០-៩]{2}/u;

describe.each(paths)('%s', (path) => {
  it('never puts an ASCII colon after Khmer text (Khmer writes ៖), nor an ISO date in Khmer digits', async () => {
    const res = await fetchWorker(path);
    expect(res.status).toBeLessThan(500);
    const body = await res.text();
    expect(body.match(KHMER_THEN_ASCII_COLON)?.[0]).toBeUndefined();
    expect(body.match(ISO_DATE_IN_KHMER_DIGITS)?.[0]).toBeUndefined();
  });
});

describe.each(LOCALES)('figure pages in %s', (locale) => {
  const description = async (id: string) => {
    const html = await (await fetchWorker(`/${locale}/f/${id}`)).text();
    return /<meta name="description" content="([^"]*)"/.exec(html)?.[1];
  };

  it('each describe their own figure, never the story', async () => {
    const story = /<meta name="description" content="([^"]*)"/.exec(await (await fetchWorker(`/${locale}/`)).text())?.[1];
    const seen = new Set<string>();
    for (const figure of shareableFigures) {
      const own = await description(figure.id);
      expect(own, figure.id).toBeDefined();
      expect(own).not.toBe(story);
      expect(seen.has(own!), `${figure.id} repeats another figure's description`).toBe(false);
      seen.add(own!);
      expect(decode(own!)).toBe(text(locale, `figure.${figure.id}.description`));
    }
  });

  it('title counts over their period, never as one year, and start with the label', async () => {
    const html = await (await fetchWorker(`/${locale}/f/perpetrators-convicted`)).text();
    const title = /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '';
    expect(title.startsWith(text(locale, 'figure.perpetrators-convicted.label'))).toBe(true);
    expect(title).toMatch(/[0-9០-៩]{4}–[0-9០-៩]{4}$/u);
  });
});
