// The chrome every page shares: mastheads, the language links and the footer.
import type { Child } from 'hono/jsx';
import { dataset } from '../content';
import { formatDate, localeDigits } from '../i18n/format-number';
import { localeInfo, otherLocales, type Locale } from '../i18n/locales';
import { fill, message } from '../i18n/messages';
import { text } from '../i18n/rich-text';

/** Links to the same place in every other language; the client keeps the step in their hash. */
function LanguageSwitch({ locale, path = '/' }: { locale: Locale; path?: string }) {
  return (
    <>
      {otherLocales(locale).map((other) => (
        <a class="lang-switch" href={`/${other}${path}`} hreflang={localeInfo(other).hreflang} lang={other} data-lang-switch={other}>
          {localeInfo(other).name}
        </a>
      ))}
    </>
  );
}

/** The story's masthead: its name, the share button and the language links. */
export function StoryMasthead({ locale, path }: { locale: Locale; path?: string }) {
  return (
    <header class="masthead">
      <span class="masthead__name">{text(locale, 'meta.siteName')}</span>
      <button type="button" class="share" data-share-button>
        {message(locale, 'ui.share')}
      </button>
      <p
        class="share__status"
        role="status"
        data-share-status
        data-copied={message(locale, 'ui.share.copied')}
        data-failed={message(locale, 'ui.share.failed')}
      />
      <LanguageSwitch locale={locale} path={path} />
      <div class="progress" aria-hidden="true">
        <span class="progress__bar" data-progress />
      </div>
    </header>
  );
}

/** The masthead of a reference page: the way back to the story, and the other languages. */
export function PageMasthead({ locale, path }: { locale: Locale; path: string }) {
  return (
    <header class="masthead">
      <a class="masthead__name" href={`/${locale}/`}>
        {text(locale, 'meta.siteName')}
      </a>
      <LanguageSwitch locale={locale} path={path} />
    </header>
  );
}

export function Footer({ locale, children }: { locale: Locale; children?: Child }) {
  return (
    <footer class="footer">
      {children}
      <ul class="footer__links">
        <li>
          <a href={`/${locale}/sources`}>{message(locale, 'ui.footer.sources')}</a>
        </li>
        <li>
          <a href={`/${locale}/data`}>{message(locale, 'ui.footer.data')}</a>
        </li>
      </ul>
      <p>
        {fill(message(locale, 'ui.footer.updated'), {
          version: localeDigits(dataset.version, locale),
          date: formatDate(dataset.lastUpdated, locale),
        })}{' '}
        <a href={`/${locale}/sources#changelog`}>{message(locale, 'ui.footer.changelog')}</a>
      </p>
      <p>{text(locale, 'ui.footer.credit')}</p>
    </footer>
  );
}
