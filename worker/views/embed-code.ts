// The code partners paste, written once: the data page shows it and oEmbed answers with it.
import { EMBED_HEIGHT, EMBED_WIDTH } from '../embed-size';
import type { Locale } from '../i18n/locales';

/** Escapes a value for a double-quoted HTML attribute. */
function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export interface EmbedTarget {
  origin: string;
  figure: string;
  lang: Locale;
  title: string;
  width?: number;
  height?: number;
}

/** The card's URL on the public origin. */
function embedUrl({ origin, figure, lang }: Pick<EmbedTarget, 'origin' | 'figure' | 'lang'>): string {
  return `${origin}/embed/${encodeURIComponent(figure)}?lang=${encodeURIComponent(lang)}`;
}

/** The iframe that shows a figure's card. */
export function iframeCode(target: EmbedTarget): string {
  const width = target.width ?? EMBED_WIDTH;
  const height = target.height ?? EMBED_HEIGHT;
  return (
    `<iframe src="${escapeAttribute(embedUrl(target))}" title="${escapeAttribute(target.title)}" ` +
    `width="${width}" height="${height}" loading="lazy" style="border:0;max-width:100%"></iframe>`
  );
}

/** The web component and the script that defines it. */
export function componentCode({ origin, figure, lang }: Omit<EmbedTarget, 'title'>): string {
  return (
    `<script src="${escapeAttribute(`${origin}/embed.js`)}" defer></script>\n` +
    `<prevalence-figure figure="${escapeAttribute(figure)}" lang="${escapeAttribute(lang)}"></prevalence-figure>`
  );
}
