// The names of the bodies built at deploy time (scripts/build/prerender.ts), shared by the build
// and the routes that serve them. Each names what is shown, never anything else the request chose.
import type { Locale } from '../i18n/locales';
import type { ErrorKind } from '../views/ErrorPage';

/**
 * The origin bodies are built with. The real one is configuration per environment, so the Worker
 * writes it in once per isolate; `.invalid` is reserved (RFC 2606): no real link can contain it.
 */
export const BUILD_ORIGIN = 'https://public-origin.invalid';

export const builtKey = {
  story: (locale: Locale) => `story:${locale}`,
  figure: (locale: Locale, id: string) => `figure:${locale}:${id}`,
  sources: (locale: Locale) => `sources:${locale}`,
  /** The data page in `locale`, its picker set to one figure and one language. */
  data: (locale: Locale, id: string, lang: Locale) => `data:${locale}:${id}:${lang}`,
  embed: (id: string, lang: Locale) => `embed:${id}:${lang}`,
  error: (kind: ErrorKind, locale: Locale) => `error:${kind}:${locale}`,
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
  /** Where BUILD_ORIGIN is written, in bytes from `start`, in order; 1 marks its URL-encoded form. */
  origins: Array<[at: number, encoded: 0 | 1]>;
}
