import type { Child } from 'hono/jsx';
import { assets, localeFont } from '../assets';
import { localeInfo, type Locale } from '../i18n/locales';
import { markKhmerTextNodes } from './khmer-text-nodes';

// Inlined as a data URL: one request fewer competing with the first view on a slow network.
const FAVICON =
  "data:image/svg+xml,%3Csvg%20xmlns='http://www.w3.org/2000/svg'%20viewBox='0%200%2032%2032'%3E%3Crect%20width='32'%20height='32'%20rx='6'%20fill='%23285a86'/%3E%3Crect%20x='6'%20y='8'%20width='20'%20height='4'%20fill='%23fbfaf7'/%3E%3Crect%20x='6'%20y='15'%20width='12'%20height='4'%20fill='%23fbfaf7'/%3E%3Crect%20x='6'%20y='22'%20width='5'%20height='4'%20fill='%23a8401f'/%3E%3C/svg%3E";

export interface PageMeta {
  locale: Locale;
  title: string;
  description: string;
  /** Extra head elements: canonical, alternates, social cards. */
  head?: Child;
  /** Load the story's client bundle. */
  withScript?: boolean;
}

/** The HTML document shell: one inlined stylesheet, a webfont only where the locale needs one. */
export function Layout({ meta, children }: { meta: PageMeta; children: Child }) {
  const font = localeFont(meta.locale);
  return (
    <html lang={meta.locale} dir={localeInfo(meta.locale).dir}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{meta.title}</title>
        <meta name="description" content={meta.description} />
        <meta name="color-scheme" content="light" />
        <link rel="icon" href={FAVICON} type="image/svg+xml" />
        {meta.head}
        <style dangerouslySetInnerHTML={{ __html: assets.css }} />
        {font && (
          // Preloaded so the webfont usually arrives before the first paint: no swap, no shift.
          <link rel="preload" href={font.url} as="font" type="font/woff2" crossorigin="anonymous" />
        )}
        {font && <style dangerouslySetInnerHTML={{ __html: font.css }} />}
        {meta.withScript && (
          // A deferred module that fetches the client bundle only after the first paint, so the
          // first view never waits for enhancement (client/boot.ts).
          <script type="module" dangerouslySetInnerHTML={{ __html: assets.bootScript }} />
        )}
      </head>
      <body>{children}</body>
    </html>
  );
}

/** Serializes a page with its doctype. */
export function renderDocument(page: { toString(): string | Promise<string> }): string {
  const html = page.toString();
  if (typeof html !== 'string') throw new Error('pages must render synchronously');
  return '<!doctype html>' + markKhmerTextNodes(html);
}
