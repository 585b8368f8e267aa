/** The share cards' size in CSS pixels: Open Graph's 1.91:1. The build and the Worker share it. */
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
