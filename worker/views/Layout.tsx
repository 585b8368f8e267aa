import type { Child } from 'hono/jsx';
import { assets } from '../assets';
import type { Locale } from '../i18n/locales';

export interface PageMeta {
  locale: Locale;
  title: string;
  description: string;
  /** Extra head elements: canonical, alternates, social cards. */
  head?: Child;
  /** Load the story's client bundle. */
  withScript?: boolean;
}

/** The HTML document shell: one inlined stylesheet, the Khmer font only on Khmer pages. */
export function Layout({ meta, children }: { meta: PageMeta; children: Child }) {
  return (
    <html lang={meta.locale} dir="ltr">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{meta.title}</title>
        <meta name="description" content={meta.description} />
        <meta name="color-scheme" content="light" />
        <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
        {meta.head}
        <style dangerouslySetInnerHTML={{ __html: assets.css }} />
        {meta.locale === 'km' && <style dangerouslySetInnerHTML={{ __html: assets.khmerFontCss }} />}
        {meta.withScript && <script type="module" src={assets.script} />}
      </head>
      <body>{children}</body>
    </html>
  );
}

/** Serializes a page with its doctype. */
export function renderDocument(page: { toString(): string | Promise<string> }): string {
  const html = page.toString();
  if (typeof html !== 'string') throw new Error('pages must render synchronously');
  return '<!doctype html>' + html;
}
