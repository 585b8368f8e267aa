// The chrome every page shares: mastheads, the language links and the footer.
import type { Child } from 'hono/jsx';
import { dataset } from '../content';
import { formatDate, localeDigits } from '../i18n/format-number';
import { languageLinksFoldIntoMenu, LOCALES, localeInfo, otherLocales, type Locale } from '../i18n/locales';
import { fill, message } from '../i18n/messages';
import { text } from '../i18n/rich-text';

function LanguageLink({ other, path }: { other: Locale; path: string }) {
  return (
    <a class="lang-switch" href={`/${other}${path}`} hreflang={localeInfo(other).hreflang} lang={other} data-lang-switch={other}>
      {localeInfo(other).name}
    </a>
  );
}

/**
 * Links to the same place in every other language; the client keeps the step in their hash. One
 * other language is a link; more are a <details> menu, which opens and closes without JavaScript.
 */
function LanguageSwitch({ locale, path = '/' }: { locale: Locale; path?: string }) {
  const others = otherLocales(locale);
  // A menu from three languages on, so the site's name keeps its room in the masthead at 320 px.
  if (!languageLinksFoldIntoMenu(LOCALES.length))
    return (
      <>
        {others.map((other) => (
          <LanguageLink other={other} path={path} />
        ))}
      </>
    );
  return (
    <details class="lang-menu">
      {/* Short, so the site's name keeps its room at 320 px: the page's language code ("EN"). A
          screen reader hears "Languages: English". */}
      <summary class="lang-menu__button">
        <span class="lang-menu__label">
          {message(locale, 'ui.languages')}
          {localeInfo(locale).colon} {localeInfo(locale).name}
        </span>
        <span aria-hidden="true">{localeInfo(locale).hreflang.toUpperCase()}</span>
      </summary>
      <ul class="lang-menu__list">
        {others.map((other) => (
          <li>
            <LanguageLink other={other} path={path} />
          </li>
        ))}
      </ul>
    </details>
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
