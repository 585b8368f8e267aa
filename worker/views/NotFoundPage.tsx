import type { Locale } from '../i18n/locales';
import { message } from '../i18n/messages';
import { Layout } from './Layout';
import { Footer } from './StoryPage';

/** A 404 in the reader's language that offers the story in both. */
export function NotFoundPage({ locale }: { locale: Locale }) {
  return (
    <Layout
      meta={{
        locale,
        title: message(locale, 'notFound.title'),
        description: message(locale, 'notFound.body'),
        head: <meta name="robots" content="noindex" />,
      }}
    >
      <main class="page">
        <h1>{message(locale, 'notFound.title')}</h1>
        <p>{message(locale, 'notFound.body')}</p>
        <ul class="page__links">
          <li>
            <a href="/en/" hreflang="en" lang="en">
              {message('en', 'notFound.english')}
            </a>
          </li>
          <li>
            <a href="/km/" hreflang="km" lang="km">
              {message('km', 'notFound.khmer')}
            </a>
          </li>
        </ul>
      </main>
      <Footer locale={locale} />
    </Layout>
  );
}
