// The bodies built at deploy time (scripts/build/prerender.ts), served as bytes with the public
// origin written in. A Data module: workerd hands over the file as an ArrayBuffer, so a cold
// isolate neither parses nor encodes them.
import BODIES from '../generated/bodies.bin';
import { prerendered } from '../generated/prerendered';
import { BUILD_ORIGIN, type BuiltBody } from '../prerender/keys';

const bodies: Uint8Array<ArrayBuffer> = new Uint8Array(BODIES);
const encoder = new TextEncoder();
const SENTINEL_LENGTH = [BUILD_ORIGIN.length, encodeURIComponent(BUILD_ORIGIN).length] as const;

/** The built body of this key, or undefined: a key the build did not write is a 404, never a 5xx. */
export function builtBody(key: string): BuiltBody | undefined {
  return Object.hasOwn(prerendered, key) ? prerendered[key] : undefined;
}

/** How many bodies the build wrote: the bound of anything keyed by them. */
export const BUILT_BODY_COUNT = Object.keys(prerendered).length;

/**
 * The body's bytes as served from `origin`: the build origin replaced where the build found it,
 * as written and as a URL-encoded query value (oEmbed links). A body that names no origin is a
 * view of the built bytes, not a copy, and the origin is asked for only when the body names it.
 */
export function bytesWithOrigin(built: BuiltBody, origin: () => string): Uint8Array<ArrayBuffer> {
  const source = bodies.subarray(built.start, built.end);
  if (built.origins.length === 0) return source;
  const o = origin();
  const forms = [encoder.encode(o), encoder.encode(encodeURIComponent(o))] as const;
  let length = source.length;
  for (const [, form] of built.origins) length += forms[form].length - SENTINEL_LENGTH[form];
  const out = new Uint8Array(length);
  let from = 0;
  let to = 0;
  for (const [at, form] of built.origins) {
    out.set(source.subarray(from, at), to);
    to += at - from;
    out.set(forms[form], to);
    to += forms[form].length;
    from = at + SENTINEL_LENGTH[form];
  }
  out.set(source.subarray(from), to);
  return out;
}
