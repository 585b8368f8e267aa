import { Hono } from 'hono';
import { shareableFigures } from '../content';
import { oembedSize } from '../embed-size';
import type { AppEnv } from '../env';
import { builtBody, filledBytes } from '../http/built-bodies';
import { cacheTags, PUBLIC_CACHE } from '../http/headers';
import { siteOrigin } from '../http/origin';
import { isLocale, type Locale } from '../i18n/locales';
import { publicCors } from '../http/cors';
import { problem } from '../http/problem';
import { builtKey } from '../prerender/keys';

// The story page's embed shows its headline result: the fall in the share of minors.
const STORY_FIGURE = 'minors-change';

/** Which figure and language an URL of this site shows: /km/, /en/f/{id}, … */
export function embeddable(url: URL, origins: string[]): { figure: string; locale: Locale } | undefined {
  if (!origins.includes(url.origin)) return undefined;
  const match = /^\/([a-z]{2,3}(?:-[a-z0-9]+)?)\/(?:f\/([a-z0-9-]+))?$/i.exec(url.pathname);
  const locale = match?.[1];
  if (!match || !isLocale(locale)) return undefined;
  const figure = match[2] ?? STORY_FIGURE;
  if (!shareableFigures.some((f) => f.id === figure)) return undefined;
  return { figure, locale };
}

/** undefined when absent, null when malformed ("0.5", "0x100", "-1", "0"), else the number. */
function positiveInteger(value: string | undefined): number | undefined | null {
  if (value === undefined) return undefined;
  if (!/^[1-9][0-9]{0,5}$/.test(value)) return null;
  return Number(value);
}

export const oembedRoutes = new Hono<AppEnv>();

oembedRoutes.use('/oembed', publicCors);

/** oEmbed 1.0: `rich`, whose html is the data page's iframe code, resize script and fallback included. */
oembedRoutes.get('/oembed', (c) => {
  const format = c.req.query('format') ?? 'json';
  if (format !== 'json') return problem(c, { title: 'Not Implemented', status: 501, detail: 'Only format=json is implemented.' });
  const raw = c.req.query('url');
  let url: URL;
  try {
    if (!raw) throw new Error('missing');
    url = new URL(raw);
  } catch {
    return problem(c, { title: 'Bad Request', status: 400, detail: 'url must be the absolute URL of a story or figure page.' });
  }
  const origin = siteOrigin(c);
  const target = embeddable(url, [origin]);
  if (!target) return problem(c, { title: 'Not Found', status: 404, detail: 'That URL is not a story or figure page of this site.' });

  // oEmbed §2.2: the answer must fit maxwidth and maxheight; each is a positive whole number.
  const maxWidth = positiveInteger(c.req.query('maxwidth'));
  const maxHeight = positiveInteger(c.req.query('maxheight'));
  if (maxWidth === null || maxHeight === null) {
    return problem(c, { title: 'Bad Request', status: 400, detail: 'maxwidth and maxheight must be positive whole numbers of pixels.' });
  }
  const size = oembedSize(target.figure, target.locale, maxWidth, maxHeight);
  // Built at deploy time (worker/views/oembed.ts), its size left open.
  const built = builtBody(builtKey.oembed(target.locale, target.figure, size.thumbnail));
  if (!built) return problem(c, { title: 'Not Found', status: 404, detail: 'That URL is not a story or figure page of this site.' });
  return new Response(c.req.method === 'HEAD' ? null : filledBytes(built, () => origin, size), {
    headers: {
      'Content-Type': 'application/json',
      'Cache-Control': PUBLIC_CACHE,
      'Cache-Tag': cacheTags('oembed', target.locale),
    },
  });
});
