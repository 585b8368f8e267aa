// One source, no drift: every body the Worker serves was built by `npm run build`
// (worker/generated/bodies.bin, indexed by worker/generated/prerendered.ts). Here each is rendered
// again through the live render functions, in workerd, and compared byte for byte with the built
// body once its origin (and an oEmbed answer's size) is written in, and with what the Worker
// answers at that body's URL.
import { describe, expect, it } from 'vitest';
import BODIES from '../../worker/generated/bodies.bin';
import { prerendered } from '../../worker/generated/prerendered';
import { findFigure, shareableFigures } from '../../worker/content';
import { oembedSize } from '../../worker/embed-size';
import { filledBytes } from '../../worker/http/built-bodies';
import { strongEtag } from '../../worker/http/etag';
import { LOCALES } from '../../worker/i18n/locales';
import { BUILD_ORIGIN, HOLES, SIZE_HOLES } from '../../worker/prerender/keys';
import { everyBody, renderOembed } from '../../worker/prerender/renders';
import { fetchApp } from './fetch';
import { SOURCE } from '../support/locales';

const ORIGIN = 'http://story.test';
const q = (lang: string) => (lang ? `?lang=${lang}` : '');
const utf8 = (text: string) => new TextEncoder().encode(text);
/** The built bytes as the build wrote them, with the build origin. */
const asBuilt = (key: string) => new Uint8Array(BODIES, prerendered[key]!.start, prerendered[key]!.end - prerendered[key]!.start);

/** The request that is answered with this built body, or undefined (the 500 page). */
function requestOf(key: string): [path: string, init?: RequestInit] | undefined {
  const [kind, ...parts] = key.split(':') as [string, ...string[]];
  const [a = '', b = '', c = ''] = parts;
  switch (kind) {
    case 'story':
      return [`/${a}/`];
    case 'figure':
      return [`/${a}/f/${b}`];
    case 'sources':
      return [`/${a}/sources`];
    case 'data':
      return [`/${a}/data?figure=${b}&lang=${c}`];
    case 'embed':
      return [`/embed/${a}?lang=${b}`];
    case 'error':
      if (a === 'notFound') return [`/${b}/no-such-page`];
      if (a === 'error.language') return [`/${b}/data?lang=zz`];
      if (a === 'error.method') return [`/${b}/`, { method: 'POST' }];
      return undefined;
    case 'oembed':
      return undefined; // built with its size left open: the oEmbed tests below ask for sizes
    case 'api': {
      if (a === 'dataset') return [`/api/v1/prevalence${q(b)}`];
      if (a === 'figure') return [`/api/v1/prevalence/${b}${q(c)}`];
      if (a === 'csv') return [`/api/v1/prevalence.csv?lang=${b}`];
      if (a === 'schema') return ['/api/v1/schema.json'];
      if (a === 'openapi') return ['/api/v1/openapi.json'];
    }
  }
  throw new Error(`no URL for ${key}`);
}

describe('the built bodies', () => {
  const live = everyBody(ORIGIN);

  it('are exactly the bodies the site serves: one per key, none more', () => {
    expect(Object.keys(prerendered).sort()).toEqual(live.map(([key]) => key).sort());
    expect(live.length).toBeGreaterThan(100);
  });

  it.each(live)('%s matches the live render byte for byte, on this and on another origin', async (key, render) => {
    const built = prerendered[key]!;
    const fresh = render();
    // An oEmbed body filled with the very numbers it was built with is the render at that size.
    const served = filledBytes(built, () => ORIGIN, SIZE_HOLES);
    expect(served).toEqual(utf8(fresh.body));
    expect(built.headers).toEqual(fresh.headers);
    expect(built.etag).toBe(await strongEtag(asBuilt(key)));
    expect(new TextDecoder().decode(served)).not.toContain('public-origin.invalid');
    // Nothing in a body depends on the origin other than where it is written in.
    const other = 'https://other.example:8443';
    const otherBody = everyBody(other).find(([k]) => k === key)![1]().body;
    expect(filledBytes(built, () => other, SIZE_HOLES)).toEqual(utf8(otherBody));
  });

  it.each(live.filter(([key]) => requestOf(key)))('%s is what the Worker answers at its URL', async (key, render) => {
    const [path, init] = requestOf(key)!;
    const res = await fetchApp(path, init);
    // Bytes, not text: decoding would drop the CSV's byte-order mark.
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(utf8(render().body));
  });

  it('hold the build origin wherever a page names its own origin, and the index says where', () => {
    const story = new TextDecoder().decode(asBuilt(`story:${SOURCE}`));
    expect(story).toContain(`${BUILD_ORIGIN}/${SOURCE}/`);
    expect(story).toContain(encodeURIComponent(`${BUILD_ORIGIN}/${SOURCE}/`));
    for (const [key, built] of Object.entries(prerendered)) {
      const text = new TextDecoder().decode(asBuilt(key));
      const holes = built.sized ? HOLES : HOLES.slice(0, 2);
      let expected = 0;
      for (const hole of holes) expected += text.split(hole).length - 1;
      expect(built.holes.length, key).toBe(expected);
      for (const [at, hole] of built.holes) {
        expect(new TextDecoder().decode(asBuilt(key).subarray(at, at + HOLES[hole].length)), key).toBe(HOLES[hole]);
      }
      expect(built.sized === true, key).toBe(key.startsWith('oembed:'));
    }
  });

  // Sizes around every bound: none asked, smaller than the card, exactly it, larger, one side only.
  const queries = [
    '',
    '&maxwidth=300',
    '&maxheight=150',
    '&maxwidth=300&maxheight=150',
    '&maxwidth=360',
    '&maxwidth=1200&maxheight=630',
    '&maxwidth=2000&maxheight=2000',
    '&maxwidth=1&maxheight=999999',
  ];
  const pages = LOCALES.flatMap((locale) => [
    [`${ORIGIN}/${locale}/`, locale, 'minors-change'] as const,
    ...shareableFigures.map((f) => [`${ORIGIN}/${locale}/f/${f.id}`, locale, f.id] as const),
  ]);

  it.each(pages)('oEmbed for %s at every size is the live render at that size', async (url, locale, id) => {
    for (const query of queries) {
      const res = await fetchApp(`/oembed?url=${encodeURIComponent(url)}${query}`);
      expect(res.status, query).toBe(200);
      const params = new URLSearchParams(query);
      const max = (name: string) => (params.has(name) ? Number(params.get(name)) : undefined);
      const size = oembedSize(id, locale, max('maxwidth'), max('maxheight'));
      expect(new Uint8Array(await res.arrayBuffer()), query).toEqual(utf8(renderOembed(locale, findFigure(id)!, ORIGIN, size)));
    }
  });

  it('lie end to end in bodies.bin, none overlapping and none left out', () => {
    const spans = Object.values(prerendered).sort((a, b) => a.start - b.start);
    expect(spans[0]!.start).toBe(0);
    for (let i = 1; i < spans.length; i++) expect(spans[i]!.start).toBe(spans[i - 1]!.end);
    expect(spans.at(-1)!.end).toBe(BODIES.byteLength);
  });
});
