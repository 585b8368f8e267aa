// Names and inline parts of the built client, written by scripts/build.ts.
import type { Locale } from './i18n/locales';
import manifest from './generated/assets.json';

export interface AssetManifest {
  /** URL of the client bundle (content-hashed). */
  script: string;
  /** The inline module that loads `script` after the first paint, and its CSP hash. */
  bootScript: string;
  bootScriptHash: string;
  /** CSS inlined into every page, and its CSP hash. */
  css: string;
  cssHash: string;
  /** @font-face rules inlined into Khmer pages only, and their CSP hash. */
  khmerFontCss: string;
  khmerFontCssHash: string;
  /** URL of the subset Khmer woff2 (content-hashed). */
  khmerFont: string;
  /** The embed card's inline CSS and its CSP hash, and the script that posts its height. */
  embedCss: string;
  embedCssHash: string;
  embedFrameScript: string;
  /** Share cards (1200×630 PNG) by locale, then "story" or a figure id. */
  cards: Record<Locale, Record<string, string>>;
}

export const assets = manifest as AssetManifest;
