import type { Child } from 'hono/jsx';
import { dataset, stepOfFigure, steps } from '../content';
import { formatNumber } from '../i18n/format-number';
import { otherLocale, type Locale } from '../i18n/locales';
import { fill, message } from '../i18n/messages';
import { text } from '../i18n/rich-text';
import { toKhmerDigits } from '../i18n/khmer-digits';
import { FigurePanel, StepPicture } from './FigurePanel';
import { Layout } from './Layout';
import { RichText } from './RichText';

function localizedDate(isoDate: string, locale: Locale): string {
  return locale === 'km' ? toKhmerDigits(isoDate) : isoDate;
}

/** Links to the same place in the other language; the client keeps the step in its hash. */
export function LanguageSwitch({ locale, path = '/' }: { locale: Locale; path?: string }) {
  const other = otherLocale(locale);
  return (
    <a class="lang-switch" href={`/${other}${path}`} hreflang={other} lang={other} data-lang-switch={other}>
      {message(locale, 'ui.languageSwitch')}
    </a>
  );
}

/** A step's share link: the page of its first figure, else the story at the step. */
function sharePath(locale: Locale, id: string): string {
  const figure = steps.find((s) => s.id === id)?.figures.find((f) => stepOfFigure(f)?.id === id);
  return figure ? `/${locale}/f/${figure}` : `/${locale}/#${id}`;
}

function Step({ locale, id }: { locale: Locale; id: string }) {
  return (
    <li
      class="step"
      id={id}
      data-step={id}
      data-share={sharePath(locale, id)}
      aria-labelledby={`${id}-heading`}
    >
      <div class="step__card">
        <h2 id={`${id}-heading`}>{text(locale, `step.${id}.heading`)}</h2>
        <RichText locale={locale} messageKey={`step.${id}.body`} />
      </div>
      <StepPicture locale={locale} id={id} />
    </li>
  );
}

function Controls({ locale }: { locale: Locale }) {
  const first = steps[0]?.id ?? '';
  const status = fill(message(locale, 'ui.progress'), {
    current: formatNumber(1, locale),
    total: formatNumber(steps.length, locale),
  });
  return (
    <nav class="controls" aria-label={text(locale, 'ui.storyNav')} data-controls>
      <button type="button" class="controls__button" data-go="previous" aria-disabled="true">
        <span aria-hidden="true">↑ </span>
        {message(locale, 'ui.previous')}
      </button>
      <p class="controls__status" data-status data-template={message(locale, 'ui.progress')} data-current={first}>
        {status}
      </p>
      <button type="button" class="controls__button" data-go="next">
        {message(locale, 'ui.next')}
        <span aria-hidden="true"> ↓</span>
      </button>
    </nav>
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
          version: localizedDate(dataset.version, locale),
          date: localizedDate(dataset.lastUpdated, locale),
        })}{' '}
        <a href={`/${locale}/sources#changelog`}>{message(locale, 'ui.footer.changelog')}</a>
      </p>
      <p>{text(locale, 'ui.footer.credit')}</p>
    </footer>
  );
}

/** The whole story, readable with JavaScript off; the client only enhances it. */
export interface StoryPageProps {
  locale: Locale;
  title: string;
  description: string;
  head?: Child;
  /** Path after the locale prefix, for the language switch ("/" or "/f/<figure id>"). */
  path?: string;
  /** The step a per-figure link opens at; the client scrolls there. */
  openStep?: string;
}

export function StoryPage({ locale, title, description, head, path, openStep }: StoryPageProps) {
  const first = steps[0]?.id ?? '';
  return (
    <Layout meta={{ locale, title, description, head, withScript: true }}>
      <a class="skip" href="#steps">
        {message(locale, 'ui.skipToStory')}
      </a>
      <header class="masthead">
        <span class="masthead__name">{text(locale, 'meta.siteName')}</span>
        <button type="button" class="share" data-share-button>
          {message(locale, 'ui.share')}
        </button>
        <p class="share__status" role="status" data-share-status data-copied={message(locale, 'ui.share.copied')} data-failed={message(locale, 'ui.share.failed')} />
        <LanguageSwitch locale={locale} path={path} />
        <div class="progress" aria-hidden="true">
          <span class="progress__bar" data-progress />
        </div>
      </header>
      <main class="story" data-open-step={openStep}>
        <header class="intro">
          <p class="intro__kicker">{text(locale, 'ui.kicker')}</p>
          <h1>{text(locale, 'ui.headline')}</h1>
          <p class="intro__standfirst">{text(locale, 'ui.standfirst')}</p>
          <aside class="content-note" aria-label={message(locale, 'ui.contentNote.label')}>
            <strong>{message(locale, 'ui.contentNote.label')}: </strong>
            {text(locale, 'ui.contentNote.text')}
          </aside>
          <p class="intro__hint" aria-hidden="true">
            {message(locale, 'ui.scrollHint')} ↓
          </p>
        </header>
        <div class="scrolly">
          <FigurePanel locale={locale} initial={first} />
          <ol class="steps" id="steps" tabindex={-1}>
            {steps.map((step) => (
              <Step locale={locale} id={step.id} />
            ))}
          </ol>
        </div>
      </main>
      <Controls locale={locale} />
      <Footer locale={locale} />
    </Layout>
  );
}

/** The masthead of a reference page: the way back to the story, and the other language. */
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
