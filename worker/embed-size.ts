/** The embed card's default frame size, shared by oEmbed and the data page's code. */
export const EMBED_WIDTH = 360;
export const EMBED_HEIGHT = 220;
