import { Hono } from 'hono';
import type { AppEnv } from '../env';
import { respondBuilt } from '../http/cached-response';
import { htmlHeaders } from '../http/headers';
import { LOCALES } from '../i18n/locales';
import { builtKey } from '../prerender/keys';

// Rendered at build time: worker/prerender/renders.tsx, renderSources.
export const sourcesRoutes = new Hono<AppEnv>();

for (const locale of LOCALES) {
  sourcesRoutes.get(`/${locale}/sources`, (c) => respondBuilt(c, builtKey.sources(locale), htmlHeaders('sources', locale)));
}
