/**
 * The absolute origin for canonical, hreflang and og: URLs: the configured PUBLIC_ORIGIN when it
 * is a valid http(s) origin, else the request's own origin.
 */
export function publicOrigin(configured: string | undefined, requestUrl: string): string {
  if (configured) {
    try {
      const url = new URL(configured);
      if (url.protocol === 'https:' || url.protocol === 'http:') return url.origin;
    } catch {
      // fall through to the request's origin
    }
  }
  return new URL(requestUrl).origin;
}

/** The origin this request's links are written with: the one place routes ask. */
export function siteOrigin(c: { env: { PUBLIC_ORIGIN?: string }; req: { url: string } }): string {
  return publicOrigin(c.env.PUBLIC_ORIGIN, c.req.url);
}
