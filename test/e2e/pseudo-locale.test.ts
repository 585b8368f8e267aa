// A language is content plus one line: a copy of the project gets a pseudo-locale "qaa" (the
// English text with accents, scripts/support/pseudo-locale.ts) in content/locales.json and content/story/xx.json, and nothing
// else. It is built and served with wrangler dev, and every kind of route must work in it.
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWorker, type RunningWorker } from '../../scripts/support/worker-server';
import { addPseudoLocale, copyProject, pseudo, PSEUDO } from '../../scripts/support/pseudo-locale';
import { shareableFigures } from '../../worker/content';
import { FALLBACK_LOCALE, LOCALES } from '../../worker/i18n/locales';
import { message } from '../../worker/i18n/messages';

const ROOT = resolve('.');
// Words only the pseudo-locale's pages carry: the site's name, accented, up to its apostrophe (escaped in HTML).
const MARK = pseudo(message(FALLBACK_LOCALE, 'meta.siteName')).split("'")[0]!;

let dir: string;
let worker: RunningWorker;
let origin: string;

beforeAll(async () => {
  dir = copyProject('pseudo-locale-');
  addPseudoLocale(dir);
  execFileSync(join(ROOT, 'node_modules/.bin/tsx'), ['scripts/check-content.ts'], { cwd: dir, stdio: 'pipe' });
  execFileSync(join(ROOT, 'node_modules/.bin/tsx'), ['scripts/build.ts'], { cwd: dir, stdio: 'pipe' });
  worker = await startWorker(undefined, { cwd: dir });
  origin = worker.origin;
}, 300_000);

afterAll(async () => {
  await worker?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const get = (path: string) => fetch(origin + path, { redirect: 'manual' });

describe('a pseudo-locale added as content only', () => {
  it('passes the content gate, which covers it like any other translation', () => {
    // beforeAll ran check:content in the copy; a parity break there would have thrown.
    expect(readFileSync(join(dir, `content/story/${PSEUDO}.json`), 'utf8')).toContain(MARK);
  });

  it.each([`/${PSEUDO}/`, `/${PSEUDO}/sources`, `/${PSEUDO}/data`, ...shareableFigures.map((f) => `/${PSEUDO}/f/${f.id}`)])(
    'serves %s in the pseudo-locale',
    async (path) => {
      const res = await get(path);
      expect(res.status).toBe(200);
      const html = await res.text();
      expect(html).toContain(`<html lang="${PSEUDO}"`);
      expect(html).toContain(MARK);
    },
  );

  it('answers a lost reader under its prefix with its own 404 page', async () => {
    const res = await get(`/${PSEUDO}/no-such-page`);
    expect(res.status).toBe(404);
    expect(await res.text()).toContain(pseudo(message(FALLBACK_LOCALE, 'notFound.title')));
  });

  it.each([...LOCALES, PSEUDO])('links every page of %s to the pseudo-locale with hreflang, and back', async (locale) => {
    for (const path of ['/', '/sources', '/data', '/f/minors-2015']) {
      const html = await (await get(`/${locale}${path}`)).text();
      expect(html, `/${locale}${path}`).toContain(`<link rel="alternate" hreflang="${PSEUDO}" href="${origin}/${PSEUDO}${path}"/>`);
      for (const other of LOCALES) expect(html).toContain(`hreflang="${other}" href="${origin}/${other}${path}"`);
    }
  });

  it('is a language of the API, the CSV, the embed card and oEmbed', async () => {
    const list = await get(`/api/v1/prevalence?lang=${PSEUDO}`);
    expect(list.status).toBe(200);
    const body = (await list.json()) as { figures: { label?: string }[] };
    expect(body.figures.every((f) => f.label === pseudo(f.label ?? '') && /[åéîöû]/.test(f.label ?? ''))).toBe(true);

    const csv = await get(`/api/v1/prevalence.csv?lang=${PSEUDO}`);
    expect(csv.status).toBe(200);
    expect(await csv.text()).toMatch(/[åéîöû]/);

    const card = await get(`/embed/minors-2015?lang=${PSEUDO}`);
    expect(card.status).toBe(200);
    expect(await card.text()).toContain(`lang="${PSEUDO}"`);

    const oembed = await get(`/oembed?format=json&url=${encodeURIComponent(`${origin}/${PSEUDO}/f/cases`)}`);
    expect(oembed.status).toBe(200);
    expect(((await oembed.json()) as { html: string }).html).toContain(`lang=${PSEUDO}`);

    const schema = (await (await get('/api/v1/schema.json')).json()) as { $defs: { lang: { enum: string[] } } };
    expect(schema.$defs.lang.enum).toEqual([...LOCALES, PSEUDO]);
  });

  it('is offered by the root negotiation to readers who ask for it', async () => {
    const res = await get('/');
    expect(res.status).toBe(302);
    const asked = await fetch(`${origin}/`, { redirect: 'manual', headers: { 'Accept-Language': `${PSEUDO},${FALLBACK_LOCALE};q=0.5` } });
    expect(asked.headers.get('Location')).toBe(`/${PSEUDO}/`);
  });

  it('is not shipped: no page of this build offers it', async () => {
    expect(LOCALES).not.toContain(PSEUDO);
  });
});
