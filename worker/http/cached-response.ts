import type { Context } from 'hono';
import { matchesIfNoneMatch, strongEtag } from './etag';

export interface CachedBody {
  body: string;
  etag: string;
}

/**
 * Keeps rendered bodies for the life of the isolate: content is bundled with the Worker,
 * so a page's bytes cannot change without a new deploy. Bounded: past `maxEntries`, the
 * oldest entry goes, so no sequence of requests can grow it without limit.
 */
export class RenderCache {
  private readonly entries = new Map<string, Promise<CachedBody>>();

  constructor(readonly maxEntries = 256) {}

  get size(): number {
    return this.entries.size;
  }

  get(key: string, render: () => string): Promise<CachedBody> {
    let entry = this.entries.get(key);
    if (!entry) {
      entry = (async () => {
        const body = render();
        return { body, etag: await strongEtag(body) };
      })();
      entry.catch(() => this.entries.delete(key));
      this.entries.set(key, entry);
      if (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    }
    return entry;
  }
}

/** A 200 with the body, or a 304 when the client already holds these bytes. */
export function respondCached(
  request: Request,
  cached: CachedBody,
  headers: Record<string, string>,
  status = 200,
): Response {
  const all = { ...headers, ETag: cached.etag };
  if (status === 200 && matchesIfNoneMatch(request.headers.get('If-None-Match'), cached.etag)) {
    return new Response(null, { status: 304, headers: all });
  }
  return new Response(request.method === 'HEAD' ? null : cached.body, { status, headers: all });
}

/** The one way a route answers with a rendered body: render once per key, then serve its bytes. */
export async function respondRendered(
  c: Context,
  cache: RenderCache,
  key: string,
  render: () => string,
  headers: Record<string, string>,
): Promise<Response> {
  return respondCached(c.req.raw, await cache.get(key, render), headers);
}
