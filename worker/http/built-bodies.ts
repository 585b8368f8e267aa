// The bodies built at deploy time (scripts/build/prerender.ts), with the public origin written in.
import { prerendered } from '../generated/prerendered';
import { BUILD_ORIGIN, type BuiltBody } from '../prerender/keys';

const ENCODED_BUILD_ORIGIN = encodeURIComponent(BUILD_ORIGIN);

/** The built body of this key, or undefined: a key the build did not write is a 404, never a 5xx. */
export function builtBody(key: string): BuiltBody | undefined {
  return Object.hasOwn(prerendered, key) ? prerendered[key] : undefined;
}

/** How many bodies the build wrote: the bound of anything keyed by them. */
export const BUILT_BODY_COUNT = Object.keys(prerendered).length;

/**
 * The body as served from `origin`: the build origin replaced, as written and as a URL-encoded
 * query value (oEmbed links). The origin is asked for only when the body contains one.
 */
export function withOrigin(body: string, origin: () => string): string {
  const plain = body.includes(BUILD_ORIGIN);
  const encoded = body.includes(ENCODED_BUILD_ORIGIN);
  if (!plain && !encoded) return body;
  const o = origin();
  let out = plain ? body.replaceAll(BUILD_ORIGIN, o) : body;
  if (encoded) out = out.replaceAll(ENCODED_BUILD_ORIGIN, encodeURIComponent(o));
  return out;
}
