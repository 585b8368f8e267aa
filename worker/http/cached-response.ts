import type { Context } from 'hono';
import type { AppEnv } from '../env';
import { builtBody, BUILT_BODY_COUNT, withOrigin } from './built-bodies';
import { notFound } from './errors';
import { siteOrigin } from './origin';
import { matchesIfNoneMatch, strongEtag } from './etag';

export interface CachedBody {
  body: string;
  etag: string;
}

/**
 * Keeps bodies for the life of the isolate: content is bundled with the Worker, so a page's bytes
 * cannot change without a new deploy. Bounded: past `maxEntries`, the oldest entry goes, so no
 * sequence of requests can grow it without limit.
 */
export class RenderCache {
  private readonly entries = new Map<string, Promise<CachedBody>>();

  constructor(
    readonly name: string,
    readonly maxEntries = 256,
  ) {
    renderCaches.push(this);
  }

  get size(): number {
    return this.entries.size;
  }

  /** `etagOf` names the body's bytes; by default their SHA-256. */
  get(key: string, render: () => string, etagOf: (body: string) => Promise<string> = strongEtag): Promise<CachedBody> {
    let entry = this.entries.get(key);
    if (!entry) {
      entry = (async () => {
        const body = render();
        return { body, etag: await etagOf(body) };
      })();
      entry.catch(() => this.entries.delete(key));
      this.entries.set(key, entry);
      if (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    }
    return entry;
  }
}

/** Every render cache of the Worker, so a test can check that none outgrows its bound. */
export const renderCaches: RenderCache[] = [];

/** RFC 9110 §13.1.3: If-Modified-Since counts only without If-None-Match, and only where Last-Modified is sent. */
function notModifiedSince(request: Request, lastModified: string | undefined): boolean {
  const since = request.headers.get('If-Modified-Since');
  if (!lastModified || !since || request.headers.has('If-None-Match')) return false;
  const sinceTime = Date.parse(since);
  return !Number.isNaN(sinceTime) && Date.parse(lastModified) <= sinceTime;
}

/** A 200 with the body, or a 304 when the client already holds these bytes. */
export function respondCached(request: Request, cached: CachedBody, headers: Record<string, string>, status = 200): Response {
  const all = { ...headers, ETag: cached.etag };
  if (
    status === 200 &&
    (matchesIfNoneMatch(request.headers.get('If-None-Match'), cached.etag) || notModifiedSince(request, headers['Last-Modified']))
  ) {
    return new Response(null, { status: 304, headers: all });
  }
  return new Response(request.method === 'HEAD' ? null : cached.body, { status, headers: all });
}

/**
 * The ETag of a built body once `origin` is written in. The build hashed the bytes it wrote
 * (SHA-256); the served bytes are fixed by those and the origin, so the built tag with its last
 * 32 bits mixed with the origin's FNV-1a names them: still 32 hex digits, different per origin,
 * and with no digest of the whole body (or any WebCrypto call) on a cold isolate.
 */
export function withOriginEtag(builtEtag: string, origin: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < origin.length; i++) hash = Math.imul(hash ^ origin.charCodeAt(i), 0x01000193);
  const hex = builtEtag.slice(1, -1);
  const mixed = ((Number.parseInt(hex.slice(-8), 16) ^ hash) >>> 0).toString(16).padStart(8, '0');
  return `"${hex.slice(0, -8)}${mixed}"`;
}

// One entry per built body and origin; an isolate serves one origin (configuration).
const served = new RenderCache('built bodies with the origin', 2 * BUILT_BODY_COUNT);

/**
 * The one way a route answers with a page or API body: the body built at deploy time under `key`,
 * its origin written in and its ETag taken once per isolate. Nothing is rendered here.
 */
export async function respondBuilt(c: Context<AppEnv>, key: string, headers: Record<string, string>): Promise<Response> {
  const built = builtBody(key);
  if (!built) return notFound(c);
  const origin = siteOrigin(c);
  const cached = await served.get(
    `${origin} ${key}`,
    () => withOrigin(built.body, () => origin),
    async (body) => (body === built.body ? built.etag : withOriginEtag(built.etag, origin)),
  );
  return respondCached(c.req.raw, cached, built.headers ? { ...headers, ...built.headers } : headers);
}
