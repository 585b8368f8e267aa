// Names and inline parts of the built client, written by scripts/build.ts.
import type { Locale } from './i18n/locales';
import manifest from './generated/assets.json';

export interface LocaleFont {
  /** URL of the subset woff2 (content-hashed). */
  url: string;
  /** @font-face rules inlined into this locale's pages (font-display: optional), and their CSP hash. */
  css: string;
  cssHash: string;
  /** The same for embed cards (font-display: swap: a card is measured with its font before it shows). */
  cardCss: string;
  cardCssHash: string;
}

export interface AssetManifest {
  /** URL of the client bundle (content-hashed). */
  script: string;
  /** The inline module that loads `script` after the first paint, and its CSP hash. */
  bootScript: string;
  bootScriptHash: string;
  /** CSS inlined into every page, and its CSP hash. */
  css: string;
  cssHash: string;
  /** URL of the graphic's stylesheet (content-hashed), linked where the story's graphic begins. */
  graphicStylesheet: string;
  /** The webfont of each locale that has one (content/locales.json). */
  fonts: Record<Locale, LocaleFont>;
  /** The embed card's inline CSS and its CSP hash, and the script that posts its height. */
  embedCss: string;
  embedCssHash: string;
  embedFrameScript: string;
  /** Share cards (1200×630 PNG) by locale, then "story" or a figure id; absent where none was built. */
  cards: Record<Locale, Record<string, string>>;
  /**
   * Downloads by locale: the CSV, and each shareable figure's card as PNG and SVG (absent where
   * the build had no Chromium for the PNG).
   */
  downloads: Record<Locale, { csv: string; figures: Record<string, { png?: string; svg?: string }> }>;
}

export const assets = manifest as AssetManifest;

/** The webfont of a locale's pages, if its script needs one. */
export function localeFont(locale: Locale): LocaleFont | undefined {
  return assets.fonts[locale];
}

/** The share card for a locale's story or one of its figures, if the build made one. */
export function shareCard(locale: Locale, id: string): string | undefined {
  return assets.cards[locale]?.[id];
}

/** The PNG and SVG of a figure's card in a locale, for download. */
export function figureDownloads(locale: Locale, figureId: string): { png?: string; svg?: string } {
  return assets.downloads?.[locale]?.figures[figureId] ?? {};
}

/** The CSV of every figure in a locale, as a static download (the API serves the same bytes). */
export function csvDownload(locale: Locale): string {
  const url = assets.downloads?.[locale]?.csv;
  if (!url) throw new Error(`no CSV download for locale "${locale}": run npm run build`);
  return url;
}
