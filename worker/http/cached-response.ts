import { matchesIfNoneMatch, strongEtag } from './etag';

export interface CachedBody {
  body: string;
  etag: string;
}

/**
 * Keeps rendered bodies for the life of the isolate: content is bundled with the Worker,
 * so a page's bytes cannot change without a new deploy.
 */
export class RenderCache {
  private readonly entries = new Map<string, Promise<CachedBody>>();

  get(key: string, render: () => string): Promise<CachedBody> {
    let entry = this.entries.get(key);
    if (!entry) {
      entry = (async () => {
        const body = render();
        return { body, etag: await strongEtag(body) };
      })();
      entry.catch(() => this.entries.delete(key));
      this.entries.set(key, entry);
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
