// The names of the bodies built at deploy time (scripts/build/prerender.ts), shared by the build
// and the routes that serve them. Each names what is shown, never anything else the request chose.
import type { Locale } from '../i18n/locales';
import type { ErrorKind } from '../views/ErrorPage';

/**
 * The origin bodies are built with. The real one is configuration per environment, so the Worker
 * writes it in once per isolate; `.invalid` is reserved (RFC 2606): no real link can contain it.
 */
export const BUILD_ORIGIN = 'https://public-origin.invalid';

/**
 * The width and height an oEmbed answer is built with: numbers no answer can hold (oEmbed's
 * maxwidth and maxheight have at most six digits), replaced per request by the asked-for size.
 */
export const SIZE_HOLES = { width: 9_000_001, height: 9_000_002, cap: 9_000_003 } as const;

/** What the build leaves for the Worker to write in, by index: BuiltBody['holes'] names them so. */
export const HOLES = [
  BUILD_ORIGIN,
  encodeURIComponent(BUILD_ORIGIN),
  String(SIZE_HOLES.width),
  String(SIZE_HOLES.height),
  String(SIZE_HOLES.cap),
] as const;
export type Hole = 0 | 1 | 2 | 3 | 4;

export const builtKey = {
  story: (locale: Locale) => `story:${locale}`,
  figure: (locale: Locale, id: string) => `figure:${locale}:${id}`,
  sources: (locale: Locale) => `sources:${locale}`,
  /** The data page in `locale`, its picker set to one figure and one language. */
  data: (locale: Locale, id: string, lang: Locale) => `data:${locale}:${id}:${lang}`,
  embed: (id: string, lang: Locale) => `embed:${id}:${lang}`,
  error: (kind: ErrorKind, locale: Locale) => `error:${kind}:${locale}`,
  /** oEmbed's answer for a story or figure URL, its size left as holes; with or without a thumbnail. */
  oembed: (locale: Locale, id: string, thumbnail: boolean) => `oembed:${locale}:${id}:${thumbnail ? 'thumbnail' : 'plain'}`,
  /** API bodies: no `lang` is its own body (every language's text), distinct from each lang. */
  dataset: (lang: Locale | undefined) => `api:dataset:${lang ?? ''}`,
  apiFigure: (id: string, lang: Locale | undefined) => `api:figure:${id}:${lang ?? ''}`,
  csv: (locale: Locale) => `api:csv:${locale}`,
  schema: () => 'api:schema',
  openapi: () => 'api:openapi',
};

/** One body as rendered: what the build writes and the drift test renders again. */
export interface RenderedBody {
  body: string;
  /** Headers that depend on what was built, such as a download's file name. */
  headers?: Record<string, string>;
  /** Built with SIZE_HOLES for its width and height (an oEmbed answer). */
  sized?: true;
}

/**
 * Where one built body is in worker/generated/bodies.bin, as the Worker imports the index
 * (worker/generated/prerendered.ts). The bytes are UTF-8, written with BUILD_ORIGIN.
 */
export interface BuiltBody {
  /** Its bytes are bodies.bin[start, end). */
  start: number;
  end: number;
  /** The strong ETag of those bytes (worker/http/etag.ts). */
  etag: string;
  headers?: Record<string, string>;
  sized?: true;
  /** Where each of HOLES is written, in bytes from `start`, in order. */
  holes: Array<[at: number, hole: Hole]>;
}
