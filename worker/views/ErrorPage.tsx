import { formatNumber } from '../i18n/format-number';
import { LOCALES, localeInfo, type Locale } from '../i18n/locales';
import { fill, message } from '../i18n/messages';
import { Layout } from './Layout';
import { Footer } from './PageChrome';

export type ErrorKind = 'notFound' | 'error.language' | 'error.method' | 'error.server';

/** An error page in the reader's language that offers the story in every language. */
export function ErrorPage({ locale, kind }: { locale: Locale; kind: ErrorKind }) {
  const body = fill(message(locale, `${kind}.body`), { count: formatNumber(LOCALES.length, locale) });
  return (
    <Layout
      meta={{
        locale,
        title: message(locale, `${kind}.title`),
        description: body,
        head: <meta name="robots" content="noindex" />,
      }}
    >
      <main class="page">
        <h1>{message(locale, `${kind}.title`)}</h1>
        <p>{body}</p>
        <ul class="page__links">
          {LOCALES.map((l) => (
            <li>
              <a href={`/${l}/`} hreflang={localeInfo(l).hreflang} lang={l}>
                {message(l, 'notFound.readIn')}
              </a>
            </li>
          ))}
        </ul>
      </main>
      <Footer locale={locale} />
    </Layout>
  );
}
