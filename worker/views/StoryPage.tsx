import type { Child } from 'hono/jsx';
import { assets } from '../assets';
import { changelog, dataset, stepOfFigure, steps } from '../content';
import { formatDate, formatNumber } from '../i18n/format-number';
import { localeInfo, type Locale } from '../i18n/locales';
import { fill, message } from '../i18n/messages';
import { text } from '../i18n/rich-text';
import { MapFigure } from '../graphic/Graphics';
import { FigurePanel, StepPicture, StepSource } from './FigurePanel';
import { Layout } from './Layout';
import { Footer, StoryMasthead } from './PageChrome';
import { RichText } from './RichText';

/** The story was published with the data's first version; it is updated with each later one. */
const firstPublished = changelog.map((entry) => entry.date).sort()[0] ?? dataset.lastUpdated;

/** The page of a step's first figure (its chart to share, download or embed), if it has one. */
function figurePage(locale: Locale, id: string): string | undefined {
  const figure = steps.find((s) => s.id === id)?.figures.find((f) => stepOfFigure(f)?.id === id);
  return figure ? `/${locale}/f/${figure}` : undefined;
}

/** A step's share link: the page of its first figure, else the story at the step. */
function sharePath(locale: Locale, id: string): string {
  return figurePage(locale, id) ?? `/${locale}/#${id}`;
}

/** Who publishes the story and who made it, said once where one name does both. */
function credit(locale: Locale): string {
  const publisher = message(locale, 'credit.publisher');
  const graphics = message(locale, 'credit.graphics');
  return fill(message(locale, publisher === graphics ? 'ui.credit.one' : 'ui.credit'), { publisher, graphics });
}

/** "Part 3 of 9", rendered here so the client needs no number formatting of its own. */
function progressText(locale: Locale, index: number): string {
  return fill(message(locale, 'ui.progress'), {
    current: formatNumber(index + 1, locale),
    total: formatNumber(steps.length, locale),
  });
}

function Step({ locale, id, index }: { locale: Locale; id: string; index: number }) {
  const chart = figurePage(locale, id);
  return (
    <li
      class="step"
      id={id}
      data-step={id}
      data-share={sharePath(locale, id)}
      data-progress={progressText(locale, index)}
      aria-labelledby={`${id}-heading`}
    >
      <div class="step__card">
        <h2 id={`${id}-heading`}>{text(locale, `step.${id}.heading`)}</h2>
        <RichText locale={locale} messageKey={`step.${id}.body`} />
        <StepSource locale={locale} id={id} />
        {chart && (
          <p class="step__share">
            <a href={chart}>{message(locale, 'ui.stepShare')}</a>
          </p>
        )}
      </div>
      <StepPicture locale={locale} id={id} />
    </li>
  );
}

function Controls({ locale }: { locale: Locale }) {
  const first = steps[0]?.id ?? '';
  return (
    <nav class="controls" aria-label={text(locale, 'ui.storyNav')} data-controls>
      <button type="button" class="controls__button" data-go="previous" aria-disabled="true">
        <span aria-hidden="true">↑ </span>
        {message(locale, 'ui.previous')}
      </button>
      <p class="controls__status" data-status data-current={first}>
        {progressText(locale, 0)}
      </p>
      <button type="button" class="controls__button" data-go="next">
        {message(locale, 'ui.next')}
        <span aria-hidden="true"> ↓</span>
      </button>
    </nav>
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
      <StoryMasthead locale={locale} path={path} />
      <main class="story" data-open-step={openStep}>
        <header class="intro" id="top">
          <div class="intro__map" aria-hidden="true">
            <MapFigure locale={locale} state="outline" id="intro-map" />
          </div>
          <p class="intro__kicker">{text(locale, 'ui.kicker')}</p>
          <h1>{text(locale, 'ui.headline')}</h1>
          <aside class="content-note" aria-label={message(locale, 'ui.contentNote.label')}>
            <strong>
              {message(locale, 'ui.contentNote.label')}
              {localeInfo(locale).colon}{' '}
            </strong>
            {text(locale, 'ui.contentNote.text')}
          </aside>
          <p class="intro__standfirst">{text(locale, 'ui.standfirst')}</p>
          <p class="intro__byline">
            {credit(locale)}{' '}
            {fill(message(locale, 'ui.byline'), {
              published: formatDate(firstPublished, locale),
              updated: formatDate(dataset.lastUpdated, locale),
            })}
          </p>
          <p class="intro__hint" aria-hidden="true">
            {message(locale, 'ui.scrollHint')} ↓
          </p>
        </header>
        {/* After the first view: the first paint waits only for the inlined CSS, and what follows
            waits for this, so the graphic never shows unstyled. */}
        <link rel="stylesheet" href={assets.graphicStylesheet} />
        <div class="scrolly">
          <FigurePanel locale={locale} initial={first} />
          <ol class="steps" id="steps" tabindex={-1}>
            {steps.map((step, index) => (
              <Step locale={locale} id={step.id} index={index} />
            ))}
          </ol>
        </div>
        <footer class="story-end">
          <p class="story-end__mark">{message(locale, 'ui.end')}</p>
          <p>
            <a href="#top">
              {message(locale, 'ui.backToTop')}
              <span aria-hidden="true"> ↑</span>
            </a>
          </p>
        </footer>
      </main>
      <Controls locale={locale} />
      <Footer locale={locale} />
    </Layout>
  );
}
