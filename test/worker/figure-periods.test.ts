// Every display of a figure says when it holds, as the data gives it: a count over 2003–2015 is
// not a count of 2015, and an estimate of "the early 2000s" has no end year the source never gave.
import { describe, expect, it } from 'vitest';
import { figureDownloads } from '../../worker/assets';
import { figures, shareableFigures, type Figure } from '../../worker/content';
import { figureWhen } from '../../worker/i18n/format-figure';
import { formatYear } from '../../worker/i18n/format-number';
import { LOCALES } from '../../worker/i18n/locales';
import { fill, message } from '../../worker/i18n/messages';
import { fetchAsset, fetchWorker } from './fetch';

// The page's line-break marks are invisible: a reader reads the text without them.
const readable = async (res: Response) => (await res.text()).replace(/[\u200b\u2060]/g, '').replace(/&#39;/g, "'");
const bareRange = (f: Figure, locale: string) =>
  fill(message(locale, 'ui.period'), { from: formatYear(f.period!.from, locale), to: formatYear(f.period!.to, locale) });

describe.each(LOCALES)('%s', (locale) => {
  it('says "approximate" for an approximate period, and never gives it a bare range', () => {
    for (const f of figures.filter((f) => f.period)) {
      const when = figureWhen(f, locale);
      if (f.period!.approximate) expect(when, f.id).not.toContain(bareRange(f, locale));
      else expect(when, f.id).toBe(bareRange(f, locale));
    }
    expect(figures.some((f) => f.period?.approximate)).toBe(true);
  });

  it('the API gives each figure its period, its approximate flag, and a detail that says it', async () => {
    const body = (await (await fetchWorker(`/api/v1/prevalence?lang=${locale}`)).json()) as {
      figures: { id: string; year: number | null; period?: { from: number; to: number; approximate?: boolean }; detail: string }[];
    };
    for (const f of figures) {
      const served = body.figures.find((s) => s.id === f.id)!;
      expect(served.detail, f.id).toContain(figureWhen(f, locale));
      if (f.period) expect(served.period, f.id).toEqual(f.period);
      else expect(served.year, f.id).toBe(f.year);
    }
  });

  it('the CSV gives each figure its period and whether it is approximate', async () => {
    const [header, ...rows] = (await (await fetchWorker(`/api/v1/prevalence.csv?lang=${locale}`)).text())
      .replace(/^\ufeff/, '')
      .trim()
      .split(/\r?\n/);
    const columns = header!.split(',');
    const col = (row: string, name: string) => row.split(',')[columns.indexOf(name)];
    expect(columns).toContain('period_approximate');
    for (const f of figures) {
      const row = rows.find((r) => r.split(',')[columns.indexOf('id')] === f.id)!;
      expect(col(row, 'period_from'), f.id).toBe(f.period ? String(f.period.from) : '');
      expect(col(row, 'period_approximate'), f.id).toBe(f.period ? String(f.period.approximate === true) : '');
    }
  });

  it('the sources page says when each figure holds', async () => {
    const page = await readable(await fetchWorker(`/${locale}/sources`));
    for (const f of figures) expect(page, f.id).toContain(figureWhen(f, locale));
  });

  it.each(shareableFigures.map((f) => [f.id, f] as const))(
    '%s: its figure page, embed card, data-page option and card download say when it holds',
    async (_id, f) => {
      const when = figureWhen(f, locale);
      const title = /<title>([^<]*)<\/title>/.exec(await readable(await fetchWorker(`/${locale}/f/${f.id}`)))?.[1];
      expect(title).toContain(when);
      expect(await readable(await fetchWorker(`/embed/${f.id}?lang=${locale}`))).toContain(when);
      const data = await readable(await fetchWorker(`/${locale}/data`));
      const option = new RegExp(`<option value="${f.id}"[^>]*>([^<]*)</option>`).exec(data)?.[1];
      expect(option).toContain(when);
      const svg = await (await fetchAsset(figureDownloads(locale, f.id).svg!)).text();
      const lines = [...svg.matchAll(/<text [^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).join(' ');
      expect(lines).toContain(when);
      if (f.period?.approximate) {
        for (const display of [title, option, lines]) expect(display).not.toContain(bareRange(f, locale));
      }
    },
  );
});
