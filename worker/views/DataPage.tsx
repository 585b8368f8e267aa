import type { Figure } from '../content';
import { shareableFigures } from '../content';
import { EMBED_WIDTH, reservedHeight } from '../embed-size';
import { LANGUAGE_NAME_SEPARATOR, LANGUAGE_NAMES, LOCALE_INFO, LOCALES, localeInfo, type Locale } from '../i18n/locales';
import { fill, message } from '../i18n/messages';
import { text } from '../i18n/rich-text';
import { figureWhen } from '../i18n/format-figure';
import { Layout } from './Layout';
import { componentCode, embedUrl, iframeCode } from './embed-code';
import { csvDownload, figureDownloads } from '../assets';
import { citationText, licenseText } from '../i18n/citation';
import { Footer, PageMasthead } from './PageChrome';
import type { Child } from 'hono/jsx';

export interface EmbedChoice {
  figure: Figure;
  lang: Locale;
}

function CodeBlock({ id, code, locale, lang }: { id: string; code: string; locale: Locale; lang?: Locale }) {
  return (
    <div class="code">
      <pre id={id} tabindex={0} lang={lang}>
        <code>{code}</code>
      </pre>
      <button type="button" class="code__copy" data-copy={id} data-copied={message(locale, 'data.copied')}>
        {message(locale, 'data.copy')}
      </button>
    </div>
  );
}

/** How to cite and reuse the data, in the chosen language: the same text the API's citation and licence carry. */
function reuseTerms(origin: string, lang: Locale): { citation: string; license: string } {
  return { citation: citationText(lang, origin), license: licenseText(lang) };
}

/** The data page's first paragraph, also its description: the languages named from the registry, never by hand. */
export function dataIntro(locale: Locale): string {
  return fill(message(locale, 'data.intro'), { languages: LANGUAGE_NAMES });
}

/** The same paragraph on the page, each language's name marked as that language (WCAG 3.1.2). */
function IntroWithLanguages({ locale }: { locale: Locale }) {
  const [before = '', after = ''] = message(locale, 'data.intro').split('{languages}');
  return (
    <p>
      {before}
      {LOCALE_INFO.map((l, i) => (
        <>
          {i > 0 && LANGUAGE_NAME_SEPARATOR}
          <span lang={l.code}>{l.name}</span>
        </>
      ))}
      {after}
    </p>
  );
}

/**
 * /en/data and /km/data, in the order a partner uses them: choose a figure and language, see it,
 * copy one snippet, download it, cite it, read the licence, then the API. No JavaScript needed.
 */
export function DataPage({ locale, origin, choice, head }: { locale: Locale; origin: string; choice: EmbedChoice; head?: Child }) {
  const label = (f: Figure) => text(choice.lang, `figure.${f.id}.label`);
  const target = { origin, figure: choice.figure, lang: choice.lang };
  const files = figureDownloads(choice.lang, choice.figure.id);
  const terms = reuseTerms(origin, choice.lang);
  const intro = dataIntro(locale);
  const api = (path: string, key: string) => (
    <li>
      <a href={path}>
        <code>{path}</code>
      </a>
      <span> {fill(message(locale, key), { codes: LOCALES.join(', ') })}</span>
    </li>
  );
  return (
    <Layout meta={{ locale, title: message(locale, 'data.title'), description: intro, head, withScript: true }}>
      <PageMasthead locale={locale} path="/data" />
      <main class="page page--wide">
        <h1>{message(locale, 'data.title')}</h1>
        <IntroWithLanguages locale={locale} />

        <h2 id="embed">{message(locale, 'data.embed.heading')}</h2>
        <form method="get" action={`/${locale}/data#embed`} class="picker">
          <label>
            {message(locale, 'data.embed.figure')}
            <select name="figure">
              {shareableFigures.map((f) => (
                <option value={f.id} selected={f.id === choice.figure.id}>
                  {/* When first: a phone cuts a long option at its end, and 2012's and 2015's labels are alike. */}
                  {[figureWhen(f, locale), text(locale, `figure.${f.id}.label`)].filter(Boolean).join(' · ')}
                </option>
              ))}
            </select>
          </label>
          <label>
            {message(locale, 'data.embed.language')}
            <select name="lang">
              {LOCALES.map((l) => (
                <option value={l} selected={l === choice.lang} lang={l}>
                  {localeInfo(l).name}
                </option>
              ))}
            </select>
          </label>
          <button type="submit">{message(locale, 'data.embed.show')}</button>
        </form>

        <h3>{message(locale, 'data.embed.preview')}</h3>
        <iframe
          class="preview"
          src={embedUrl({ ...target, origin: '' })}
          title={label(choice.figure)}
          width={String(EMBED_WIDTH)}
          height={String(reservedHeight(choice.figure.id, choice.lang))}
          loading="lazy"
        />

        {/* An h2 after the preview: axe reads the framed card's own h1 in between. */}
        <h2 id="code">{message(locale, 'data.kit.code')}</h2>
        <p>{message(locale, 'data.kit.code.intro')}</p>
        <h3>{message(locale, 'data.embed.iframe')}</h3>
        <CodeBlock id="code-iframe" code={iframeCode(target)} locale={locale} />
        <h3>{message(locale, 'data.embed.component')}</h3>
        <CodeBlock id="code-component" code={componentCode(target)} locale={locale} />

        <h2 id="downloads">{message(locale, 'data.kit.downloads')}</h2>
        <ul class="downloads">
          {files.png && (
            <li>
              <a href={files.png} download>
                {message(locale, 'data.kit.download.png')}
              </a>
            </li>
          )}
          {files.svg && (
            <li>
              <a href={files.svg} download>
                {message(locale, 'data.kit.download.svg')}
              </a>
            </li>
          )}
          <li>
            <a href={csvDownload(choice.lang)} download>
              {message(locale, 'data.kit.download.csv')}
            </a>
          </li>
        </ul>

        <h2 id="cite">{message(locale, 'data.kit.cite')}</h2>
        <CodeBlock id="citation" code={terms.citation} locale={locale} lang={choice.lang} />

        <h2 id="licence">{message(locale, 'data.kit.licence')}</h2>
        <p lang={choice.lang}>{terms.license}</p>

        <h2 id="notes">{message(locale, 'data.kit.notes')}</h2>
        <ul>
          <li>{message(locale, 'data.kit.notes.resize')}</li>
          <li>{message(locale, 'data.kit.notes.component')}</li>
          <li>{message(locale, 'data.kit.notes.cache')}</li>
        </ul>

        <h2 id="api">{message(locale, 'data.api.heading')}</h2>
        <p>{message(locale, 'data.api.intro')}</p>
        <ul class="api-list">
          {api(`/api/v1/prevalence?lang=${locale}`, 'data.api.list')}
          {api(`/api/v1/prevalence/${choice.figure.id}?lang=${locale}`, 'data.api.one')}
          {api(`/api/v1/prevalence.csv?lang=${locale}`, 'data.api.csv')}
          {api('/api/v1/schema.json', 'data.api.schema')}
          {api('/api/v1/openapi.json', 'data.api.openapi')}
          {api(`/oembed?url=${encodeURIComponent(`${origin}/${locale}/`)}&format=json`, 'data.api.oembed')}
        </ul>
      </main>
      <Footer locale={locale} />
    </Layout>
  );
}
