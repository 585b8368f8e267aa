import { describe, expect, it } from 'vitest';
import { UTF8_BOM } from '../../worker/api/csv';
import { dataset, figures, findFigure } from '../../worker/content';
import { figureWhere, formatFigure } from '../../worker/i18n/format-figure';
import { formatDate } from '../../worker/i18n/format-number';
import { LOCALES, localeInfo } from '../../worker/i18n/locales';
import { text } from '../../worker/i18n/rich-text';
import { refsOf } from '../support/json-refs';
import { fetchWorker } from './fetch';
import { SOURCE, TRANSLATED } from '../support/locales';

const json = async (path: string, init?: RequestInit) => {
  const res = await fetchWorker(path, init);
  return { res, body: (await res.json()) as Record<string, unknown> };
};

describe('GET /api/v1/prevalence', () => {
  it('lists every figure with plain numbers, ranges as low/high, and dataset metadata', async () => {
    const { res, body } = await json('/api/v1/prevalence');
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toBe('application/json; charset=utf-8');
    expect(body.version).toBe(dataset.version);
    expect(body.lastUpdated).toBe(dataset.lastUpdated);
    for (const key of ['title', 'description', 'citation']) expect(typeof body[key]).toBe('string');
    expect(body.license).toMatchObject({ id: 'CC-BY-4.0', name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' });
    const list = body.figures as { id: string; value: unknown; qualifier: string }[];
    expect(list.map((f) => f.id)).toEqual(figures.map((f) => f.id));
    expect(list.find((f) => f.id === 'minors-2012')?.value).toBe(8.16);
    expect(list.find((f) => f.id === 'estimate-2000s')?.value).toEqual({ low: 15, high: 30 });
    expect(list.find((f) => f.id === 'officers-trained')?.qualifier).toBe('more-than');
    expect(Math.round(list.find((f) => f.id === 'minors-change')?.value as number)).toBe(73);
    expect((body.links as Record<string, string>).story).toBe(`http://story.test/${SOURCE}/`);
  });

  it.each(LOCALES)('adds labels and display strings in the language and its digits with ?lang=%s', async (locale) => {
    const { body } = await json(`/api/v1/prevalence?lang=${locale}`);
    const minors = (body.figures as { id: string; display: string; label: string }[]).find((f) => f.id === 'minors-2012');
    expect(minors?.display).toBe(formatFigure(findFigure('minors-2012')!, locale));
    expect(minors?.label).toBe(text(locale, 'figure.minors-2012.label'));
  });

  it.each(LOCALES)('translates the title, description, citation and licence text with ?lang=%s', async (locale) => {
    const { body } = await json(`/api/v1/prevalence?lang=${locale}`);
    const other = (await json(`/api/v1/prevalence?lang=${LOCALES.find((l) => l !== locale)}`)).body;
    const license = body.license as { name: string; url: string; text: string };
    for (const key of ['title', 'description', 'citation'] as const) expect(body[key], key).not.toBe(other[key]);
    expect(license.text).not.toBe((other.license as { text: string }).text);
    expect(body.title).toBe(text(locale, 'dataset.title'));
    // The citation has title, publisher, version, date and URL.
    const citation = body.citation as string;
    expect(citation).toContain(body.title as string);
    expect(citation).toContain(text(locale, 'meta.siteName'));
    expect(citation).toContain(formatDate(dataset.lastUpdated, locale));
    expect(citation).toMatch(new RegExp(`http://story\\.test/${locale}/data$`));
    expect(license.text).toContain(license.name);
    // Typed digits never reach Khmer text: the placeholders are filled in the locale's digits.
    if (localeInfo(locale).digits !== '0123456789') expect(`${body.title} ${body.description} ${citation}`).not.toMatch(/[0-9]/);
  });

  it('keeps the lang each figure was asked with in its links.self', async () => {
    for (const query of ['', ...LOCALES.map((l) => `?lang=${l}`)]) {
      const { body } = await json(`/api/v1/prevalence${query}`);
      for (const figure of body.figures as { id: string; links: { self: string } }[]) {
        expect(figure.links.self).toBe(`http://story.test/api/v1/prevalence/${figure.id}${query}`);
        expect((await fetchWorker(new URL(figure.links.self).pathname + query)).status).toBe(200);
      }
    }
    expect((await json(`/api/v1/prevalence/cases?lang=${TRANSLATED}`)).body.links).toMatchObject({
      self: `http://story.test/api/v1/prevalence/cases?lang=${TRANSLATED}`,
    });
  });

  it('gives counts over a period their period, not the last year', async () => {
    const { body } = await json('/api/v1/prevalence');
    const list = body.figures as { id: string; year: number | null; period?: { from: number; to: number } }[];
    for (const id of ['officers-trained', 'cases', 'victims-rescued', 'perpetrators-convicted']) {
      expect(list.find((f) => f.id === id)).toMatchObject({ year: null, period: { from: 2003, to: 2015 } });
    }
    expect(list.find((f) => f.id === 'minors-change')).toMatchObject({ year: null, period: { from: 2012, to: 2015 } });
    expect(list.find((f) => f.id === 'minors-2015')).toMatchObject({ year: 2015 });
    for (const f of list) if (f.period) expect(f.year, f.id).toBeNull();
  });

  it('answers If-Modified-Since with 304 where it sends Last-Modified, and If-None-Match first', async () => {
    const first = await fetchWorker('/api/v1/prevalence');
    const lastModified = first.headers.get('Last-Modified') ?? '';
    const since = (date: string, extra: Record<string, string> = {}) =>
      fetchWorker('/api/v1/prevalence', { headers: { 'If-Modified-Since': date, ...extra } });
    expect((await since(lastModified)).status).toBe(304);
    expect((await since(new Date(Date.parse(lastModified) + 86400_000).toUTCString())).status).toBe(304);
    expect((await since(new Date(Date.parse(lastModified) - 1000).toUTCString())).status).toBe(200);
    expect((await since('not a date')).status).toBe(200);
    // RFC 9110 §13.1.3: with If-None-Match, If-Modified-Since is ignored.
    expect((await since(lastModified, { 'If-None-Match': '"other"' })).status).toBe(200);
    for (const path of ['/api/v1/prevalence/cases', `/api/v1/prevalence.csv?lang=${TRANSLATED}`, '/api/v1/openapi.json']) {
      expect((await fetchWorker(path, { headers: { 'If-Modified-Since': lastModified } })).status, path).toBe(304);
    }
  });

  it.each(['zz', TRANSLATED.toUpperCase(), '', `${SOURCE}&lang=${TRANSLATED}`, '%ZZ', '<script>'])(
    'answers lang=%s with a 400 problem naming every supported language',
    async (lang) => {
      const res = await fetchWorker(`/api/v1/prevalence?lang=${lang}`);
      expect(res.status).toBe(400);
      expect(res.headers.get('Content-Type')).toBe('application/problem+json; charset=utf-8');
      const body = (await res.json()) as { status: number; detail: string; supported: string[] };
      expect(body.status).toBe(400);
      expect(body.supported).toEqual([...LOCALES]);
      expect(body.detail).not.toContain('<script>');
    },
  );

  it('caches: strong ETag, 304, Cache-Control and Last-Modified', async () => {
    const first = await fetchWorker('/api/v1/prevalence');
    const etag = first.headers.get('ETag') ?? '';
    expect(etag).toMatch(/^"[0-9a-f]+"$/);
    expect(first.headers.get('Cache-Control')).toBe('public, max-age=300, stale-while-revalidate=86400, stale-if-error=604800');
    expect(new Date(first.headers.get('Last-Modified') ?? '').toISOString().slice(0, 10)).toBe(dataset.lastUpdated);
    const again = await fetchWorker('/api/v1/prevalence', { headers: { 'If-None-Match': etag } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    const other = await fetchWorker(`/api/v1/prevalence?lang=${TRANSLATED}`, { headers: { 'If-None-Match': etag } });
    expect(other.status).toBe(200);
  });

  it('allows any origin, exposing ETag, and answers preflight', async () => {
    const res = await fetchWorker('/api/v1/prevalence', { headers: { Origin: 'https://partner.example' } });
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*');
    expect(res.headers.get('Access-Control-Expose-Headers')).toContain('ETag');
    const preflight = await fetchWorker('/api/v1/prevalence', {
      method: 'OPTIONS',
      headers: { Origin: 'https://partner.example', 'Access-Control-Request-Method': 'GET' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('Access-Control-Allow-Origin')).toBe('*');
    expect(preflight.headers.get('Access-Control-Allow-Methods')).toContain('GET');
  });

  it('answers HEAD without a body and other methods with 405 problem+json', async () => {
    const head = await fetchWorker('/api/v1/prevalence', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    const post = await fetchWorker('/api/v1/prevalence', { method: 'POST' });
    expect(post.status).toBe(405);
    expect(post.headers.get('Allow')).toBe('GET, HEAD, OPTIONS');
    expect(post.headers.get('Content-Type')).toMatch(/^application\/problem\+json/);
  });

  it('refuses a very long query with 414 problem+json', async () => {
    const res = await fetchWorker(`/api/v1/prevalence?x=${'a'.repeat(5000)}`);
    expect(res.status).toBe(414);
    expect(res.headers.get('Content-Type')).toMatch(/^application\/problem\+json/);
  });
});

describe('GET /api/v1/prevalence/{id}', () => {
  it('returns one figure', async () => {
    const { res, body } = await json(`/api/v1/prevalence/minors-2015?lang=${TRANSLATED}`);
    expect(res.status).toBe(200);
    expect(body.id).toBe('minors-2015');
    expect(body.value).toBe(2.2);
    expect(body.display).toBe(formatFigure(findFigure('minors-2015')!, TRANSLATED));
  });

  it('answers an unknown id with 404 problem+json that says where the ids are', async () => {
    const res = await fetchWorker('/api/v1/prevalence/minors-2099');
    expect(res.status).toBe(404);
    expect(res.headers.get('Content-Type')).toMatch(/^application\/problem\+json/);
    const body = (await res.json()) as { detail: string; figures: string };
    expect(body.figures).toBe('/api/v1/prevalence');
    expect(body.detail).toContain('/api/v1/prevalence');
  });

  it.each(['/api/v1/nothing', '/api/v2/prevalence', '/api/v1/prevalence/%ZZ', '/api/v1/prevalence/..%2f..%2fetc'])(
    '%s is a problem+json 404, never an HTML page',
    async (path) => {
      const res = await fetchWorker(path);
      expect(res.status).toBe(404);
      expect(res.headers.get('Content-Type')).toMatch(/^application\/problem\+json/);
    },
  );
});

describe('GET /api/v1/prevalence.csv', () => {
  /** Parses RFC 4180 CSV: quoted fields, doubled quotes, CRLF rows. */
  function parseCsv(text: string): string[][] {
    const rows: string[][] = [];
    let row: string[] = [];
    let field = '';
    let quoted = false;
    for (let i = 0; i < text.length; i++) {
      const ch = text[i];
      if (quoted) {
        if (ch === '"' && text[i + 1] === '"') ((field += '"'), i++);
        else if (ch === '"') quoted = false;
        else field += ch;
      } else if (ch === '"') quoted = true;
      else if (ch === ',') (row.push(field), (field = ''));
      else if (ch === '\r' && text[i + 1] === '\n') (row.push(field), rows.push(row), (row = []), (field = ''), i++);
      else field += ch;
    }
    return rows;
  }

  it(`is RFC 4180 CSV with a header row and the translation intact under lang=${TRANSLATED}`, async () => {
    const res = await fetchWorker(`/api/v1/prevalence.csv?lang=${TRANSLATED}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toBe('text/csv; charset=utf-8; header=present');
    expect(res.headers.get('Content-Disposition')).toMatch(
      new RegExp(`^attachment; filename="cambodia-prevalence-[\\d.]+-${TRANSLATED}\\.csv"$`),
    );
    const bytes = new Uint8Array(await res.clone().arrayBuffer());
    // A UTF-8 byte-order mark, so that a spreadsheet opened by double-click reads UTF-8.
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    // Response.text() decodes as UTF-8 readers do: the mark is read, not kept.
    const body = await res.text();
    expect(body.startsWith(UTF8_BOM)).toBe(false);
    expect(body.endsWith('\r\n')).toBe(true);
    const [header, ...rows] = parseCsv(body);
    expect(header?.slice(0, 3)).toEqual(['id', 'value', 'low']);
    expect(rows).toHaveLength(figures.length);
    for (const row of rows) expect(row).toHaveLength(header?.length ?? 0);
    const minors = rows.find((r) => r[0] === 'minors-2012');
    expect(minors?.[1]).toBe('8.16');
    expect(minors?.[header?.indexOf('display') ?? -1]).toBe(formatFigure(findFigure('minors-2012')!, TRANSLATED));
    expect(minors?.[header?.indexOf('places') ?? -1]).toContain(figureWhere(findFigure('minors-2012')!, TRANSLATED).split(' · ')[0]!);
    // A count over 2003–2015 has no single year.
    const cases = rows.find((r) => r[0] === 'cases');
    expect([
      cases?.[header?.indexOf('year') ?? -1],
      cases?.[header?.indexOf('period_from') ?? -1],
      cases?.[header?.indexOf('period_to') ?? -1],
    ]).toEqual(['', '2003', '2015']);
  });

  it('supports ETag revalidation', async () => {
    const etag = (await fetchWorker('/api/v1/prevalence.csv')).headers.get('ETag') ?? '';
    expect((await fetchWorker('/api/v1/prevalence.csv', { headers: { 'If-None-Match': etag } })).status).toBe(304);
  });
});

describe('schema and OpenAPI', () => {
  it('publishes a JSON Schema', async () => {
    const { res, body } = await json('/api/v1/schema.json');
    expect(res.headers.get('Content-Type')).toMatch(/^application\/schema\+json/);
    expect(body.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
  });

  it('documents every API route in OpenAPI 3.1', async () => {
    const { body } = await json('/api/v1/openapi.json');
    expect(body.openapi).toBe('3.1.0');
    expect(Object.keys(body.paths as object).sort()).toEqual(
      [
        '/api/v1/prevalence',
        '/api/v1/prevalence/{id}',
        '/api/v1/prevalence.csv',
        '/api/v1/schema.json',
        '/api/v1/openapi.json',
        '/embed/{id}',
        '/embed.js',
        '/oembed',
      ].sort(),
    );
  });

  it.each(['/api/v1/openapi.json', '/api/v1/schema.json'])('%s: every $ref resolves inside the document', async (path) => {
    const { body } = await json(path);
    const refs = refsOf(body);
    expect(refs.map((r) => r.ref)).toEqual(expect.arrayContaining([expect.stringMatching(/\/(range|lang|figure)$/)]));
    expect(refs.filter((r) => !r.resolves)).toEqual([]);
  });

  it('names the licence in OpenAPI info.license', async () => {
    const { body } = await json('/api/v1/openapi.json');
    expect((body.info as { license: unknown }).license).toEqual({ name: dataset.license.name, url: dataset.license.url });
  });

  it('offers the locale list as the lang enum', async () => {
    const schema = (await json('/api/v1/schema.json')).body as { $defs: { lang: { enum: string[] } } };
    const openapi = (await json('/api/v1/openapi.json')).body as { components: { schemas: { lang: { enum: string[] } } } };
    expect(schema.$defs.lang.enum).toEqual([...LOCALES]);
    expect(openapi.components.schemas.lang.enum).toEqual([...LOCALES]);
  });
});
