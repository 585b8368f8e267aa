import { Hono } from 'hono';
import type { AppEnv } from '../env';
import { RenderCache, respondRendered } from '../http/cached-response';
import { htmlHeaders } from '../http/headers';
import { siteOrigin } from '../http/origin';
import { LOCALES, type Locale } from '../i18n/locales';
import { message } from '../i18n/messages';
import { renderDocument } from '../views/Layout';
import { ReferencePageMeta } from '../views/SocialMeta';
import { SourcesPage } from '../views/SourcesPage';

const pages = new RenderCache('sources pages');

export const sourcesRoutes = new Hono<AppEnv>();

export function renderSources(locale: Locale, origin: string): string {
  const title = message(locale, 'sources.title');
  return renderDocument(
    <SourcesPage
      locale={locale}
      head={
        <ReferencePageMeta locale={locale} origin={origin} path="/sources" title={title} description={message(locale, 'sources.intro')} />
      }
    />,
  );
}

for (const locale of LOCALES) {
  sourcesRoutes.get(`/${locale}/sources`, (c) => {
    const origin = siteOrigin(c);
    return respondRendered(c, pages, `sources:${locale}`, () => renderSources(locale, origin), htmlHeaders('sources', locale));
  });
}
