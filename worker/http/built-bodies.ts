// The bodies built at deploy time (scripts/build/prerender.ts), served as bytes with what the
// build left open written in: the public origin, and an oEmbed answer's size. A Data module:
// workerd hands over the file as an ArrayBuffer, so a cold isolate neither parses nor encodes it.
import BODIES from '../generated/bodies.bin';
import { prerendered } from '../generated/prerendered';
import { HOLES, type BuiltBody } from '../prerender/keys';

const bodies: Uint8Array<ArrayBuffer> = new Uint8Array(BODIES);
const encoder = new TextEncoder();

/** The built body of this key, or undefined: a key the build did not write is a 404, never a 5xx. */
export function builtBody(key: string): BuiltBody | undefined {
  return Object.hasOwn(prerendered, key) ? prerendered[key] : undefined;
}

/** How many bodies the build wrote: the bound of anything keyed by them. */
export const BUILT_BODY_COUNT = Object.keys(prerendered).length;

/**
 * The body's bytes as served from `origin`, at `size` for an oEmbed answer: the build origin
 * replaced where the build found it, as written and as a URL-encoded query value, and so the size.
 * A body with no holes is a view of the built bytes, not a copy, and the origin is asked for
 * only when the body names it.
 */
export function filledBytes(
  built: BuiltBody,
  origin: () => string,
  size?: { width: number; height: number; cap: number },
): Uint8Array<ArrayBuffer> {
  const source = bodies.subarray(built.start, built.end);
  if (built.holes.length === 0) return source;
  if (built.sized && !size) throw new Error('an oEmbed body needs its size');
  const o = origin();
  const fills = [o, encodeURIComponent(o), String(size?.width), String(size?.height), String(size?.cap)].map((v) => encoder.encode(v));
  let length = source.length;
  for (const [, hole] of built.holes) length += fills[hole]!.length - HOLES[hole].length;
  const out = new Uint8Array(length);
  let from = 0;
  let to = 0;
  for (const [at, hole] of built.holes) {
    out.set(source.subarray(from, at), to);
    to += at - from;
    out.set(fills[hole]!, to);
    to += fills[hole]!.length;
    from = at + HOLES[hole].length;
  }
  out.set(source.subarray(from), to);
  return out;
}
