// oEmbed discovery: a page advertises /oembed only where /oembed answers for it, so a consumer's
// auto-discovery never meets a 404.
import { describe, expect, it } from 'vitest';
import { shareableFigures } from '../../worker/content';
import { LOCALES } from '../../worker/i18n/locales';
import { fetchWorker } from './fetch';

const discovery = (html: string) =>
  [...html.matchAll(/<link rel="alternate" type="application\/json\+oembed" href="([^"]+)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));

describe.each(LOCALES)('/%s/', (locale) => {
  const pages = [`/${locale}/`, ...shareableFigures.map((f) => `/${locale}/f/${f.id}`), `/${locale}/sources`, `/${locale}/data`];

  it.each(pages)('%s: every discovery link answers 200 with an oEmbed document', async (path) => {
    const links = discovery(await (await fetchWorker(path)).text());
    for (const href of links) {
      const res = await fetchWorker(new URL(href).pathname + new URL(href).search);
      expect(res.status, href).toBe(200);
      expect(((await res.json()) as { type: string }).type).toBe('rich');
    }
    // The story and its figure pages are embeddable; the reference pages advertise nothing.
    expect(links.length, path).toBe(path.endsWith('/sources') || path.endsWith('/data') ? 0 : 1);
  });
});
