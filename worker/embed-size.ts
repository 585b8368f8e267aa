import heights from './embed-heights.json';

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
