// Fallback metrics for the Khmer webfont. Until it arrives (seconds, on a slow network), Khmer
// text is drawn in a system Khmer font. Khmer OS draws the same words about 22% wider than Noto
// Sans Khmer, so lines broke in other places and the page jumped when the webfont swapped in.
// Each known system font gets an @font-face that scales it to the webfont's widths
// (size-adjust) and gives it the webfont's vertical metrics, so the lines stay where they are.
import * as hb from 'harfbuzzjs';
import metrics from './khmer-fallback-fonts.json';
import { KHMER_BLOCKS, KHMER_UNICODE_RANGE } from '../../worker/i18n/khmer-script';

export interface VerticalMetrics {
  /** hhea ascender, descender (positive, below the baseline) and line gap, in em. */
  ascent: number;
  descent: number;
  lineGap: number;
}

export interface FallbackFont {
  /** The system font's family name, as people know it. */
  family: string;
  /** Full and PostScript names that local() matches. */
  local: string[];
  /** Where Debian's package puts it: the measurement reads it from there. */
  file: string;
  /** Advance width of the content's Khmer in the webfont, divided by the same in this font. */
  widthRatio: number;
}

export interface FallbackMetrics {
  webfont: VerticalMetrics;
  fallbacks: FallbackFont[];
}

export const KHMER_FALLBACKS: FallbackMetrics = metrics;

// The Khmer block, Khmer symbols, zero-width (non-)joiners/space, and the dotted circle.
export const KHMER_RANGE = KHMER_UNICODE_RANGE;
/**
 * What the webfont and its stand-ins draw on Khmer pages: Khmer, and the spaces between Khmer
 * phrases. Latin, digits and punctuation stay in the system font before and after the webfont
 * arrives, so a late webfont never rewraps a line that names "International Justice Mission".
 */
export const KHMER_FACE_RANGE = `U+0020,U+00A0,${KHMER_RANGE}`;
const FALLBACK_RANGE = KHMER_FACE_RANGE;
// Khmer, with the spaces between Khmer phrases: both fonts draw those spaces, so they count too.
const RUN_CHAR = `[${KHMER_BLOCKS}\\u200b-\\u200d]`;
const KHMER_RUN = new RegExp(`${RUN_CHAR}+(?:[ \\u00a0]+${RUN_CHAR}+)*`, 'gu');

/** The runs of Khmer script in a set of strings: the text whose widths must match. */
export function khmerRuns(strings: Iterable<string>): string[] {
  const runs: string[] = [];
  for (const s of strings) runs.push(...(s.match(KHMER_RUN) ?? []));
  return runs;
}

function openFont(bytes: Uint8Array): { face: hb.Face; font: hb.Font } {
  const face = new hb.Face(new hb.Blob(bytes));
  return { face, font: new hb.Font(face) };
}

/** Total advance, in em, of the runs as HarfBuzz shapes them in this font (an sfnt, not woff2). */
export function advanceWidth(fontBytes: Uint8Array, runs: string[]): number {
  const { face, font } = openFont(fontBytes);
  let units = 0;
  for (const run of runs) {
    const buffer = new hb.Buffer();
    buffer.addText(run);
    buffer.guessSegmentProperties();
    hb.shape(font, buffer);
    for (const glyph of buffer.getGlyphPositions()) units += glyph.xAdvance;
  }
  return units / face.upem;
}

/** hhea metrics, which Chromium uses for line layout on Android and Linux. */
export function verticalMetrics(fontBytes: Uint8Array): VerticalMetrics {
  const { face } = openFont(fontBytes);
  const hhea = face.referenceTable('hhea');
  if (!hhea || hhea.byteLength < 10) throw new Error('font has no hhea table');
  const view = new DataView(hhea.buffer, hhea.byteOffset, hhea.byteLength);
  const round = (units: number) => Math.round((units / face.upem) * 10000) / 10000;
  return { ascent: round(view.getInt16(4)), descent: round(-view.getInt16(6)), lineGap: round(view.getInt16(8)) };
}

/** The full name and PostScript name of a font: what CSS local() matches. */
export function localNames(fontBytes: Uint8Array): string[] {
  const { face } = openFont(fontBytes);
  return [face.getName(4, 'en'), face.getName(6, 'en')];
}

const percent = (value: number) => `${(value * 100).toFixed(2)}%`;

/**
 * One @font-face per system font, under its own family name, scaled to the webfont: size-adjust
 * matches the widths; the overrides are divided by it because the browser scales them too.
 */
export function fallbackFontFaces({ webfont, fallbacks }: FallbackMetrics): { css: string; families: string[] } {
  const families = fallbacks.map((f) => `${f.family} (sized as Noto Sans Khmer)`);
  const css = fallbacks
    .map((f, i) => {
      const s = f.widthRatio;
      return (
        `@font-face{font-family:"${families[i]}";src:${f.local.map((name) => `local("${name}")`).join(',')};` +
        `size-adjust:${percent(s)};ascent-override:${percent(webfont.ascent / s)};descent-override:${percent(webfont.descent / s)};` +
        `line-gap-override:${percent(webfont.lineGap / s)};unicode-range:${FALLBACK_RANGE}}`
      );
    })
    .join('');
  return { css, families };
}
