// The data page's download links, against the interface the kit-data branch adds to
// worker/assets.ts (figureDownloads, csvDownload over `assets.downloads`). Until the build writes
// `downloads`, a figure has no PNG or SVG link and the CSV is the API's.
// TODO(lead): once worker/assets.ts exports figureDownloads and csvDownload, import them there
// and delete this module.
import { assets } from '../assets';
import { API_VERSION } from '../api/serialize';
import type { Locale } from '../i18n/locales';

type Downloads = Record<string, { csv?: string; figures?: Record<string, { png?: string; svg?: string } | undefined> } | undefined>;

const downloads = (assets as { downloads?: Downloads }).downloads;

/** The card of a figure in a locale as PNG and SVG files, where the build made them. */
export function figureDownloads(locale: Locale, figureId: string): { png?: string; svg?: string } {
  return downloads?.[locale]?.figures?.[figureId] ?? {};
}

/** Every figure in a locale as CSV. */
export function csvDownload(locale: Locale): string {
  return downloads?.[locale]?.csv ?? `/api/${API_VERSION}/prevalence.csv?lang=${locale}`;
}
