import type { Figure } from '../content';
import { shareableFigures } from '../content';
import { EMBED_HEIGHT, EMBED_WIDTH } from '../embed-size';
import { formatYear } from '../i18n/format-number';
import { LOCALES, localeInfo, type Locale } from '../i18n/locales';
import { message } from '../i18n/messages';
import { text } from '../i18n/rich-text';
import { Layout } from './Layout';
import { componentCode, iframeCode } from './embed-code';
import { Footer, PageMasthead } from './PageChrome';
import type { Child } from 'hono/jsx';


export interface EmbedChoice {
  figure: Figure;
  lang: Locale;
}

const RESIZE_SNIPPET = `<script>
addEventListener('message', (event) => {
  const data = event.data;
  if (!data || data.type !== 'prevalence-figure:height') return;
  for (const frame of document.querySelectorAll('iframe')) {
    if (frame.contentWindow === event.source) frame.height = data.height;
  }
});
</script>`;

function CodeBlock({ id, code, locale }: { id: string; code: string; locale: Locale }) {
  return (
    <div class="code">
      <pre id={id} tabindex={0}>
        <code>{code}</code>
      </pre>
      <button type="button" class="code__copy" data-copy={id} data-copied={message(locale, 'data.copied')}>
        {message(locale, 'data.copy')}
      </button>
    </div>
  );
}

/** /en/data and /km/data: the API documented, and embed code for any figure, without JavaScript. */
export function DataPage({ locale, origin, choice, head }: { locale: Locale; origin: string; choice: EmbedChoice; head?: Child }) {
  const label = (f: Figure) => text(choice.lang, `figure.${f.id}.label`);
  const api = (path: string, key: string) => (
    <li>
      <a href={path}>
        <code>{path}</code>
      </a>
      <span> {message(locale, key)}</span>
    </li>
  );
  return (
    <Layout meta={{ locale, title: message(locale, 'data.title'), description: message(locale, 'data.intro'), head, withScript: true }}>
      <PageMasthead locale={locale} path="/data" />
      <main class="page page--wide">
        <h1>{message(locale, 'data.title')}</h1>
        <p>{message(locale, 'data.intro')}</p>

        <h2 id="embed">{message(locale, 'data.embed.heading')}</h2>
        <form method="get" action={`/${locale}/data#embed`} class="picker">
          <label>
            {message(locale, 'data.embed.figure')}
            <select name="figure">
              {shareableFigures.map((f) => (
                <option value={f.id} selected={f.id === choice.figure.id}>
                  {text(locale, `figure.${f.id}.label`)}
                  {f.year === null ? '' : ` (${formatYear(f.year, locale)})`}
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

        <h3>{message(locale, 'data.embed.iframe')}</h3>
        <CodeBlock
          id="code-iframe"
          code={iframeCode({ origin, figure: choice.figure.id, lang: choice.lang, title: label(choice.figure) })}
          locale={locale}
        />
        <h3>{message(locale, 'data.embed.component')}</h3>
        <CodeBlock id="code-component" code={componentCode({ origin, figure: choice.figure.id, lang: choice.lang })} locale={locale} />
        <p>{message(locale, 'data.embed.resize')}</p>
        <CodeBlock id="code-resize" code={RESIZE_SNIPPET} locale={locale} />
        <h3>{message(locale, 'data.embed.preview')}</h3>
        <iframe
          class="preview"
          src={`/embed/${choice.figure.id}?lang=${choice.lang}`}
          title={label(choice.figure)}
          width={String(EMBED_WIDTH)}
          height={String(EMBED_HEIGHT)}
          loading="lazy"
        />

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
