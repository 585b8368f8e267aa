// The code partners paste, written once: the data page shows it and oEmbed answers with it.
// Each block works alone, reserves the card's final height before anything loads, and carries
// the figure as text with a link to the story, shown until the card arrives and kept if it never
// does (the site slow, down, or blocked by the partner's policy).
import type { Figure } from '../content';
import { EMBED_WIDTH, MAX_FRAME_HEIGHT, MIN_FRAME_HEIGHT, reservedHeight } from '../embed-size';
import { figureDetail, formatFigure } from '../i18n/format-figure';
import { localeInfo, type Locale } from '../i18n/locales';
import { text } from '../i18n/rich-text';

export { MAX_FRAME_HEIGHT, MIN_FRAME_HEIGHT };

/** Escapes text for HTML content or a double-quoted attribute. */
function escapeHtml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export interface EmbedTarget {
  /** The site's public origin (siteOrigin(c)). */
  origin: string;
  figure: Figure;
  lang: Locale;
  /** oEmbed's maxwidth and maxheight may ask for less than the card's own size. */
  width?: number;
  height?: number;
  /** The tallest the frame may grow: oEmbed's maxheight, else MAX_FRAME_HEIGHT. */
  cap?: number;
}

/** The card's URL on the public origin. */
export function embedUrl({ origin, figure, lang }: Pick<EmbedTarget, 'origin' | 'figure' | 'lang'>): string {
  return `${origin}/embed/${encodeURIComponent(figure.id)}?lang=${encodeURIComponent(lang)}`;
}

/** The figure as text with a link to the story: what the partner's page shows without the card. */
function fallback({ origin, figure, lang }: EmbedTarget, style: string, mark?: string): string {
  const story = `${origin}/${lang}/f/${encodeURIComponent(figure.id)}`;
  // Never taller than the card's room: in a partner's taller font it scrolls rather than push the page.
  const height = reservedHeight(figure.id, lang);
  return (
    `<p lang="${escapeHtml(lang)}"${mark ? ` data-prevalence-block="${escapeHtml(mark)}"` : ''} style="${style}max-height:${height}px;overflow:auto;box-sizing:border-box;margin:0;padding:8px 12px;` +
    `border:1px solid #d9d4c9;border-radius:6px;font-size:14px;line-height:${localeInfo(lang).lineHeight}">` +
    `<strong>${escapeHtml(text(lang, `figure.${figure.id}.label`))}</strong><br>` +
    `${escapeHtml(formatFigure(figure, lang))} · ${escapeHtml(figureDetail(figure, lang))}<br>` +
    `<a href="${escapeHtml(story)}">${escapeHtml(text(lang, 'embed.credit'))}</a></p>`
  );
}

/** The mark a block's frame and fallback carry, so its script finds them wherever it runs. */
function blockMark({ figure, lang, width, height }: EmbedTarget): string {
  return `${figure.id}-${lang}-${width ?? EMBED_WIDTH}x${height ?? reservedHeight(figure.id, lang)}`;
}

/**
 * The resize script of the iframe code, for its own frame only. A CMS may run it anywhere (re-run
 * after innerHTML, appended to <body> or <head>, its wrapper stripped), so it finds its frame by
 * the block's mark and by a src on the story's /embed/, takes the first such frame no other block
 * has claimed, and touches nothing if there is none. A message counts only from the public
 * origin, from that frame's window, with a whole number of pixels within bounds; the frame never
 * grows past `cap` (oEmbed's maxheight): the card scrolls within it. The frame is hidden until its
 * card says it is there, so a browser's error page never shows; the fallback under it shows instead.
 */
function resizeScript(origin: string, mark: string, cap: number): string {
  return (
    `<script>(function(){var m=${JSON.stringify(mark)},o=${JSON.stringify(origin)},f,p,l=document.querySelectorAll("iframe[data-prevalence-block]");` +
    `for(var i=0;i<l.length&&!f;i++)if(l[i].getAttribute("data-prevalence-block")===m&&!l[i].hasAttribute("data-claimed")` +
    `&&l[i].src.indexOf(o+"/embed/")===0)f=l[i];if(!f)return;f.setAttribute("data-claimed","");p=f.previousElementSibling;` +
    `if(p&&p.getAttribute("data-prevalence-block")!==m)p=null;f.style.visibility="hidden";` +
    `addEventListener("message",function(e){var d=e.data,h=d&&d.height;` +
    `if(e.origin!==o||e.source!==f.contentWindow||!d||d.type!=="prevalence-figure:height"` +
    `||!Number.isInteger(h)||h<${MIN_FRAME_HEIGHT}||h>${MAX_FRAME_HEIGHT})return;` +
    `f.height=Math.min(h,${cap});f.style.visibility="";if(p)p.style.visibility="hidden"})})()</script>`
  );
}

/** The iframe code: the card's frame over its fallback, and the script that sizes the frame. */
export function iframeCode(target: EmbedTarget): string {
  const width = target.width ?? EMBED_WIDTH;
  const height = target.height ?? reservedHeight(target.figure.id, target.lang);
  const title = text(target.lang, `figure.${target.figure.id}.label`);
  const mark = blockMark(target);
  return (
    `<div style="display:grid;max-width:${width}px">\n` +
    fallback(target, 'grid-area:1/1;', mark) +
    '\n' +
    `<iframe src="${escapeHtml(embedUrl(target))}" title="${escapeHtml(title)}" width="${width}" height="${height}" ` +
    `loading="lazy" style="grid-area:1/1;width:100%;border:0" data-prevalence-block="${escapeHtml(mark)}"></iframe>\n` +
    resizeScript(target.origin, mark, target.cap ?? MAX_FRAME_HEIGHT) +
    '\n</div>'
  );
}

/** The web component and the script that defines it; its children are its fallback. */
export function componentCode(target: EmbedTarget): string {
  const { origin, figure, lang } = target;
  const height = reservedHeight(figure.id, lang);
  return (
    `<script src="${escapeHtml(`${origin}/embed.js`)}" async></script>\n` +
    `<prevalence-figure figure="${escapeHtml(figure.id)}" lang="${escapeHtml(lang)}">` +
    fallback(target, `max-width:420px;min-height:${height}px;`) +
    '</prevalence-figure>'
  );
}
