import { CARD_HEIGHT, CARD_WIDTH } from './card-size';
import heights from './embed-heights.json';

/** Bounds of a height the iframe code accepts from its card, in CSS pixels. */
export const MIN_FRAME_HEIGHT = 100;
export const MAX_FRAME_HEIGHT = 2000;

/** The embed card's frame width, shared by oEmbed and the data page's code. */
export const EMBED_WIDTH = 360;
/** A card's height where none was measured: a figure added since `embed-heights.json` was written. */
export const EMBED_HEIGHT = 220;

/**
 * The height the embed code reserves for a figure's card in a language: the card's measured
 * height in Chromium at EMBED_WIDTH (scripts/measure-embed-heights.ts writes the table;
 * test/e2e/partner-page.test.ts fails when a card no longer fits it), so a partner's page does not
 * shift when the card arrives.
 */
export function reservedHeight(figure: string, lang: string): number {
  return (heights as Record<string, Record<string, number> | undefined>)[lang]?.[figure] ?? EMBED_HEIGHT;
}

/** The size an oEmbed answer gives its frame, and whether the share card fits as its thumbnail. */
export interface OembedSize {
  width: number;
  height: number;
  /** The tallest the frame may grow at run time: maxheight when asked for (oEmbed §2.2). */
  cap: number;
  thumbnail: boolean;
}

/**
 * oEmbed §2.2 and §2.3.4: the frame, and the thumbnail if one is named, must fit maxwidth and
 * maxheight; the frame is otherwise the card's own width and reserved height.
 */
export function oembedSize(figure: string, lang: string, maxWidth?: number, maxHeight?: number): OembedSize {
  const reserved = reservedHeight(figure, lang);
  return {
    width: Math.min(EMBED_WIDTH, maxWidth ?? EMBED_WIDTH),
    height: Math.min(reserved, maxHeight ?? reserved),
    cap: Math.min(MAX_FRAME_HEIGHT, maxHeight ?? MAX_FRAME_HEIGHT),
    thumbnail: CARD_WIDTH <= (maxWidth ?? CARD_WIDTH) && CARD_HEIGHT <= (maxHeight ?? CARD_HEIGHT),
  };
}
