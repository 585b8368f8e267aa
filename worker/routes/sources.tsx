import { Hono } from 'hono';
import type { AppEnv } from '../env';
import { RenderCache, respondCached } from '../http/cached-response';
import { HTML_CACHE, HTML_TYPE } from '../http/headers';
import { publicOrigin } from '../http/origin';
import { LOCALES } from '../i18n/locales';
import { message } from '../i18n/messages';
import { renderDocument } from '../views/Layout';
import { ReferencePageMeta } from '../views/SocialMeta';
import { SourcesPage } from '../views/SourcesPage';

const pages = new RenderCache();

export const sourcesRoutes = new Hono<AppEnv>();

for (const locale of LOCALES) {
  sourcesRoutes.get(`/${locale}/sources`, async (c) => {
    const origin = publicOrigin(c.env.PUBLIC_ORIGIN, c.req.url);
    const title = message(locale, 'sources.title');
    const page = await pages.get(`sources:${locale}:${origin}`, () =>
      renderDocument(
        <SourcesPage
          locale={locale}
          head={
            <ReferencePageMeta locale={locale} origin={origin} path="/sources" title={title} description={message(locale, 'sources.intro')} />
          }
        />,
      ),
    );
    return respondCached(c.req.raw, page, { 'Content-Type': HTML_TYPE, 'Cache-Control': HTML_CACHE });
  });
}
