// Header policies by kind of response. Security headers are added by middleware in index.ts.
import { dataset } from '../content';

/**
 * Pages, data, cards and embeds, for browsers and the Workers Cache in front of the Worker: five
 * minutes fresh, then served stale for a day while revalidating, and for a week if the Worker
 * fails, so a partner's embed keeps working through an outage.
 */
export const PUBLIC_CACHE = 'public, max-age=300, stale-while-revalidate=86400, stale-if-error=604800';

/** Negotiated redirects and error pages must not be shared across readers. */
export const PRIVATE_NO_STORE = 'private, no-store';

export const HTML_TYPE = 'text/html; charset=utf-8';

/** What the edge may purge by: a kind of response, and the data version it was built from. */
export type CacheKind = 'story' | 'figure' | 'sources' | 'data-page' | 'embed' | 'api' | 'oembed';

/** Cache-Tag for a response: its kind, its kind in its locale, and the data version. */
export function cacheTags(kind: CacheKind, locale?: string): string {
  const tags = ['site', kind, `data-${dataset.version}`];
  if (locale) tags.push(`${kind}-${locale}`);
  return tags.join(',');
}

/** What a cacheable response of a kind answers with. */
export function publicHeaders(kind: CacheKind, contentType: string, locale?: string): Record<string, string> {
  return { 'Content-Type': contentType, 'Cache-Control': PUBLIC_CACHE, 'Cache-Tag': cacheTags(kind, locale) };
}

/** What a rendered HTML page answers with. */
export function htmlHeaders(kind: CacheKind, locale?: string): Record<string, string> {
  return publicHeaders(kind, HTML_TYPE, locale);
}
