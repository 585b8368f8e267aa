import type { Context } from 'hono';
import type { AppEnv } from '../env';
import { builtBody, BUILT_BODY_COUNT, filledBytes } from './built-bodies';
import { notFound } from './errors';
import { siteOrigin } from './origin';
import { matchesIfNoneMatch } from './etag';
import { IsolateCache } from './isolate-cache';

export interface CachedBody {
  body: Uint8Array<ArrayBuffer>;
  etag: string;
}

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
const served = new IsolateCache<CachedBody>('built bodies with the origin', 2 * BUILT_BODY_COUNT);

/**
 * The one way a route answers with a page or API body: the body built at deploy time under `key`,
 * its origin written in and its ETag taken once per isolate. Nothing is rendered here.
 */
export function respondBuilt(c: Context<AppEnv>, key: string, headers: Record<string, string>): Response {
  const built = builtBody(key);
  if (!built) return notFound(c);
  const origin = siteOrigin(c);
  const cached = served.get(`${origin} ${key}`, () => ({
    body: filledBytes(built, () => origin),
    etag: built.holes.length === 0 ? built.etag : withOriginEtag(built.etag, origin),
  }));
  return respondCached(c.req.raw, cached, built.headers ? { ...headers, ...built.headers } : headers);
}
