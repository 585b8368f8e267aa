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

/** One built body, as the Worker imports it (worker/generated/prerendered.ts). */
export interface BuiltBody {
  body: string;
  /** The strong ETag of `body` as built (worker/http/etag.ts). */
  etag: string;
  /** Headers that depend on what was built, such as a download's file name. */
  headers?: Record<string, string>;
}
