// Header policies by kind of response. Security headers are added by middleware in index.ts.

/** Story pages: short edge/browser life; ETag revalidation makes refreshes cheap. */
export const HTML_CACHE = 'public, max-age=300, stale-while-revalidate=86400';

/** Negotiated redirects and error pages must not be shared across readers. */
export const PRIVATE_NO_STORE = 'private, no-store';

export const HTML_TYPE = 'text/html; charset=utf-8';

/** API, CSV and embeds: five minutes fresh, then served stale for a day while revalidating. */
export const API_CACHE = 'public, max-age=300, stale-while-revalidate=86400';

/** What a rendered HTML page answers with. */
export const HTML_HEADERS = { 'Content-Type': HTML_TYPE, 'Cache-Control': HTML_CACHE };
