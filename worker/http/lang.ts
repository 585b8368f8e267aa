import type { Context } from 'hono';
import type { AppEnv } from '../env';
import { LOCALES, isLocale, type Locale } from '../i18n/locales';
import { badLanguage } from './errors';

export type LangChoice = { locale: Locale | undefined } | { error: Response };

/**
 * The one rule for `?lang=`, on every route that takes it (API, CSV, embed card, data page):
 * absent means the route's default; one supported code is that language; anything else is a
 * 400 that names the supported codes, as problem+json on data routes and as a page elsewhere.
 * It is never silently another language.
 */
export function requestedLang(c: Context<AppEnv>): LangChoice {
  const values = c.req.queries('lang');
  if (!values) return { locale: undefined };
  const [value] = values;
  if (values.length === 1 && isLocale(value)) return { locale: value };
  return { error: badLanguage(c, LOCALES) };
}
