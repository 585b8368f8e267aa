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
