// Marks a reader can see (WCAG 1.4.11): each mark that carries meaning has at least 3:1 contrast
// with what it is drawn on, the colours are read from the page's computed styles, and warm and
// neutral dots stay apart for readers with protanopia or deuteranopia (Machado et al. 2009).
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../worker/i18n/locales';
import { gotoEnhanced, openPage, useBrowser } from './page';
import { parseColour, type Rgb } from './pixels';

const { browser, origin } = useBrowser();

const linear = (v: number) => ((v /= 255) <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
const luminance = ([r, g, b]: Rgb) => 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
export function contrast(a: Rgb, b: Rgb): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/** Machado, Oliveira and Fernandes (2009), severity 1, applied to linear RGB. */
const SIMULATIONS: Record<string, number[][]> = {
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  none: [
    [1, 0, 0],
    [0, 1, 0],
    [0, 0, 1],
  ],
};

/** CIELAB (D65) of a colour as a reader with the given vision sees it. */
function lab(colour: Rgb, vision: string): [number, number, number] {
  const m = SIMULATIONS[vision]!;
  const c = colour.map(linear);
  const [r, g, b] = m.map((row) => Math.min(1, Math.max(0, row[0]! * c[0]! + row[1]! * c[1]! + row[2]! * c[2]!)));
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  const [x, y, z] = [
    (0.4124 * r! + 0.3576 * g! + 0.1805 * b!) / 0.95047,
    0.2126 * r! + 0.7152 * g! + 0.0722 * b!,
    (0.0193 * r! + 0.1192 * g! + 0.9505 * b!) / 1.08883,
  ];
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}
const deltaE = (a: Rgb, b: Rgb, vision: string) => Math.hypot(...lab(a, vision).map((v, i) => v - lab(b, vision)[i]!));

/** Each meaningful mark: its selector and paint, and what it is drawn on. */
const MARKS: { mark: string; paint: 'stroke' | 'fill' | 'background'; on: string; onPaint: 'fill' | 'background' | 'stroke' }[] = [
  { mark: '.panel .dots__neutral', paint: 'stroke', on: '.panel', onPaint: 'background' },
  { mark: '.panel .dots__minors', paint: 'stroke', on: '.panel', onPaint: 'background' },
  { mark: '.panel .dots__young', paint: 'stroke', on: '.panel', onPaint: 'background' },
  { mark: '.panel .dots__young', paint: 'stroke', on: '.panel .dots__minors', onPaint: 'stroke' },
  { mark: '.panel .dots__ghost', paint: 'stroke', on: '.panel', onPaint: 'background' },
  { mark: '.panel .dots__ring', paint: 'stroke', on: '.panel', onPaint: 'background' },
  { mark: '.panel .g-estimate__band', paint: 'fill', on: '.panel .g-estimate__track', onPaint: 'fill' },
  { mark: '.panel .g-map__hatch', paint: 'stroke', on: '.panel .g-map__land', onPaint: 'fill' },
  { mark: '.panel .g-map__land', paint: 'stroke', on: '.panel', onPaint: 'background' },
  { mark: '.panel .g-map--limits .g-map__city', paint: 'fill', on: '.panel .g-map__land', onPaint: 'fill' },
  { mark: '.panel .g-timeline__span', paint: 'fill', on: '.panel', onPaint: 'background' },
  // A point is drawn inside a halo of its own, which sets it off from a bar it ends on.
  { mark: '.panel .g-timeline__point', paint: 'fill', on: '.panel .g-timeline__point', onPaint: 'stroke' },
  { mark: '.panel .g-timeline__line', paint: 'fill', on: '.panel', onPaint: 'background' },
];

describe.each(LOCALES)('the marks of the graphic in /%s/', (locale) => {
  it('have at least 3:1 contrast with what they are drawn on, and warm and neutral dots stay apart under colour-vision deficiency', async () => {
    const open = await openPage(browser(), { viewport: { width: 390, height: 844 } });
    try {
      await gotoEnhanced(open.page, `${origin}/${locale}/`);
      const paints = await open.page.evaluate(
        (marks) =>
          marks.map(({ mark, paint, on, onPaint }) => {
            const read = (selector: string, p: string) => {
              const el = document.querySelector(selector);
              if (!el) return null;
              const cs = getComputedStyle(el);
              return p === 'background' ? cs.backgroundColor : p === 'fill' ? cs.fill : cs.stroke;
            };
            return { mark, on, colour: read(mark, paint), ground: read(on, onPaint) };
          }),
        MARKS,
      );
      for (const { mark, on, colour, ground } of paints) {
        expect(colour, `${mark} is on the page`).not.toBeNull();
        expect(ground, `${on} is on the page`).not.toBeNull();
        const ratio = contrast(parseColour(colour!), parseColour(ground!));
        expect(ratio, `${mark} on ${on}: ${colour} on ${ground}`).toBeGreaterThanOrEqual(3);
      }
      const colourOf = (mark: string) => parseColour(paints.find((p) => p.mark === mark)!.colour!);
      const [warm, neutral, dark] = [colourOf('.panel .dots__minors'), colourOf('.panel .dots__neutral'), colourOf('.panel .dots__young')];
      for (const vision of Object.keys(SIMULATIONS)) {
        // ΔE of 20 or more in CIELAB: two clearly different colours, not two shades of one.
        expect(deltaE(warm, neutral, vision), `warm and neutral dots, ${vision}`).toBeGreaterThanOrEqual(20);
        expect(deltaE(warm, dark, vision), `warm and dark dots, ${vision}`).toBeGreaterThanOrEqual(20);
      }
      expect(open.errors).toEqual([]);
    } finally {
      await open.close();
    }
  });
});

describe('the contrast measure', () => {
  it('gives the WCAG ratios', () => {
    expect(contrast([0, 0, 0], [255, 255, 255])).toBeCloseTo(21, 5);
    expect(contrast([118, 118, 118], [255, 255, 255])).toBeCloseTo(4.54, 2);
  });
  it('tells red from grey for a typical eye and loses red from green under deuteranopia', () => {
    expect(deltaE([200, 40, 40], [128, 128, 128], 'none')).toBeGreaterThan(50);
    expect(deltaE([200, 120, 0], [130, 150, 0], 'deuteranopia')).toBeLessThan(deltaE([200, 120, 0], [130, 150, 0], 'none'));
  });
});
