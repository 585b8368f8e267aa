import type { Child } from 'hono/jsx';
import { changelog, dataset, figures, statements, type Figure } from '../content';
import { figureWhen, figureWhere, formatFigure } from '../i18n/format-figure';
import { formatDate, formatYear, localeDigits } from '../i18n/format-number';
import { localeInfo, type Locale } from '../i18n/locales';
import { fill, hasMessage, message } from '../i18n/messages';
import { figureTitle, text } from '../i18n/rich-text';
import { Layout } from './Layout';
import { RichText } from './RichText';
import { Footer, PageMasthead } from './PageChrome';

function FigureNote({ figure, locale }: { figure: Figure; locale: Locale }) {
  const source = dataset.sources.find((s) => s.id === figure.source);
  const notes = [
    figure.qualifier === 'more-than' ? 'sources.note.more-than' : undefined,
    figure.derived ? 'sources.note.derived' : undefined,
    hasMessage(locale, `sources.note.${figure.id}`) ? `sources.note.${figure.id}` : undefined,
  ].filter((key): key is string => key !== undefined);
  return (
    <section class="note" id={figure.id} aria-labelledby={`${figure.id}-title`}>
      <h3 id={`${figure.id}-title`}>{figureTitle(figure, locale, { value: false })}</h3>
      <dl>
        <dt>{message(locale, 'sources.label.value')}</dt>
        <dd class="note__value">{formatFigure(figure, locale)}</dd>
        <dt>{message(locale, 'sources.label.population')}</dt>
        <dd>{text(locale, `population.${figure.population}`)}</dd>
        <dt>{message(locale, 'sources.label.when')}</dt>
        <dd>{figureWhen(figure, locale)}</dd>
        {figure.places.length > 0 && (
          <>
            <dt>{message(locale, 'sources.label.places')}</dt>
            <dd>{figureWhere(figure, locale)}</dd>
          </>
        )}
        <dt>{message(locale, 'sources.label.source')}</dt>
        <dd>
          <cite lang="en">{source?.title}</cite>, {source?.publisher}, {localeDigits(source?.date ?? '', locale)}
        </dd>
      </dl>
      {notes.map((key) => (
        <RichText locale={locale} messageKey={key} />
      ))}
    </section>
  );
}

/** /en/sources and /km/sources: what each number means, where it comes from, what it does not show. */
export function SourcesPage({ locale, head }: { locale: Locale; head?: Child }) {
  const section = (id: string) => (
    <section id={id} aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{message(locale, `sources.${id}.heading`)}</h2>
      <RichText locale={locale} messageKey={`sources.${id}.body`} />
    </section>
  );
  return (
    <Layout meta={{ locale, title: message(locale, 'sources.title'), description: message(locale, 'sources.intro'), head }}>
      <PageMasthead locale={locale} path="/sources" />
      <main class="page page--wide">
        <h1>{message(locale, 'sources.title')}</h1>
        <p>{message(locale, 'sources.intro')}</p>
        {section('measured')}
        {section('method')}
        {section('definitions')}
        {section('estimate')}
        {section('limits')}
        {section('unknown')}
        <section id="statements" aria-labelledby="statements-heading">
          <h2 id="statements-heading">{message(locale, 'sources.statements.heading')}</h2>
          <p>{message(locale, 'sources.statements.intro')}</p>
          <ul class="statement-list">
            {statements.map((statement) => {
              const source = dataset.sources.find((s) => s.id === statement.source);
              return (
                <li data-statement={statement.key}>
                  {text(locale, statement.key).replace(/\n+/g, ' ')} —{' '}
                  <a href={`#source-${statement.source}`}>
                    <cite lang="en">{source?.publisher}</cite>
                  </a>
                </li>
              );
            })}
          </ul>
        </section>
        <h2 id="figures">{message(locale, 'sources.figures.heading')}</h2>
        {figures.map((figure) => (
          <FigureNote figure={figure} locale={locale} />
        ))}
        <h2 id="list">{message(locale, 'sources.list.heading')}</h2>
        <ul class="source-list">
          {dataset.sources.map((s) => (
            <li id={`source-${s.id}`}>
              <cite lang="en">{s.title}</cite>. {s.publisher}, {localeDigits(s.date, locale)}.
              {s.url && (
                <>
                  {' '}
                  <a href={s.url}>{s.url}</a>
                </>
              )}
            </li>
          ))}
        </ul>
        <h2 id="changelog">{message(locale, 'sources.changelog.heading')}</h2>
        <p>
          {fill(message(locale, 'sources.changelog.current'), {
            version: localeDigits(dataset.version, locale),
            date: formatDate(dataset.lastUpdated, locale),
          })}
        </p>
        <ul class="changelog">
          {changelog.map((entry) => (
            <li>
              <strong>
                {localeDigits(entry.version, locale)} · {formatDate(entry.date, locale)}
              </strong>
              {localeInfo(locale).colon} {text(locale, `changelog.${entry.version}`)}
            </li>
          ))}
        </ul>
      </main>
      <Footer locale={locale} />
    </Layout>
  );
}
