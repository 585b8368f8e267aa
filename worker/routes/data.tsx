import { Hono } from 'hono';
import { findFigure, shareableFigures } from '../content';
import type { AppEnv } from '../env';
import { RenderCache, respondRendered } from '../http/cached-response';
import { htmlHeaders } from '../http/headers';
import { siteOrigin } from '../http/origin';
import { LOCALES } from '../i18n/locales';
import { requestedLang } from '../http/lang';
import { message } from '../i18n/messages';
import { DataPage } from '../views/DataPage';
import { renderDocument } from '../views/Layout';
import { ReferencePageMeta } from '../views/SocialMeta';
import { datasetJsonLd } from '../views/structured-data';

const pages = new RenderCache('data pages');
const DEFAULT_FIGURE = 'minors-2015';

export const dataRoutes = new Hono<AppEnv>();

for (const locale of LOCALES) {
  /** The picker is a plain GET form: each choice is its own cacheable URL, and needs no script. */
  dataRoutes.get(`/${locale}/data`, (c) => {
    const requested = findFigure(c.req.query('figure') ?? DEFAULT_FIGURE);
    const figure = requested && shareableFigures.includes(requested) ? requested : findFigure(DEFAULT_FIGURE)!;
    const choice = requestedLang(c);
    if ('error' in choice) return choice.error;
    const lang = choice.locale ?? locale;
    const origin = siteOrigin(c);
    const title = message(locale, 'data.title');
    return respondRendered(
      c,
      pages,
      `data:${locale}:${figure.id}:${lang}`,
      () =>
        renderDocument(
          <DataPage
            locale={locale}
            origin={origin}
            choice={{ figure, lang }}
            head={
              <ReferencePageMeta
                locale={locale}
                origin={origin}
                path="/data"
                title={title}
                description={message(locale, 'data.intro')}
                structuredData={datasetJsonLd(locale, origin)}
              />
            }
          />,
        ),
      htmlHeaders('data-page', locale),
    );
  });
}
