// Reads a screenshot the way a reader's eye does: which marks of which colour are drawn, and how
// many. A picture test counts what is on screen, not what the markup says it draws.
import { PNG } from 'pngjs';

export type Rgb = [number, number, number];

/** "rgb(200, 90, 36)" or "#c85a24", as computed styles and custom properties give colours. */
export function parseColour(css: string): Rgb {
  const value = css.trim();
  const hex = /^#([0-9a-f]{6})$/i.exec(value);
  if (hex) return [0, 2, 4].map((i) => parseInt(hex[1]!.slice(i, i + 2), 16)) as Rgb;
  const parts = value.match(/[\d.]+/g)?.map(Number);
  if (!parts || parts.length < 3) throw new Error(`not a colour: "${css}"`);
  return [parts[0]!, parts[1]!, parts[2]!];
}

export interface Blob {
  area: number;
  width: number;
  height: number;
}

export interface Marks {
  /** Per named colour, the connected areas of pixels nearest to it. */
  blobs: Record<string, Blob[]>;
  width: number;
  height: number;
}

const distance = (a: Rgb, b: Rgb) => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);

/**
 * Gives each pixel the palette colour nearest to it (antialiased edges go to whichever side they
 * are closer to), then finds the connected areas of each colour (4-neighbours).
 */
export function findMarks(png: Buffer, palette: Record<string, Rgb>): Marks {
  const image = PNG.sync.read(png);
  const { width, height, data } = image;
  const names = Object.keys(palette);
  const colours = names.map((n) => palette[n]!);
  const label = new Int16Array(width * height);
  for (let i = 0; i < width * height; i++) {
    const px: Rgb = [data[i * 4]!, data[i * 4 + 1]!, data[i * 4 + 2]!];
    let best = 0;
    for (let c = 1; c < colours.length; c++) if (distance(px, colours[c]!) < distance(px, colours[best]!)) best = c;
    label[i] = best;
  }
  const seen = new Uint8Array(width * height);
  const blobs: Record<string, Blob[]> = Object.fromEntries(names.map((n) => [n, []]));
  const stack: number[] = [];
  for (let start = 0; start < width * height; start++) {
    if (seen[start]) continue;
    const colour = label[start]!;
    let [area, x0, y0, x1, y1] = [0, width, height, -1, -1];
    stack.push(start);
    seen[start] = 1;
    while (stack.length) {
      const i = stack.pop()!;
      const [x, y] = [i % width, Math.floor(i / width)];
      area++;
      [x0, y0, x1, y1] = [Math.min(x0, x), Math.min(y0, y), Math.max(x1, x), Math.max(y1, y)];
      for (const j of [x > 0 ? i - 1 : -1, x < width - 1 ? i + 1 : -1, y > 0 ? i - width : -1, y < height - 1 ? i + width : -1]) {
        if (j >= 0 && !seen[j] && label[j] === colour) {
          seen[j] = 1;
          stack.push(j);
        }
      }
    }
    blobs[names[colour]!]!.push({ area, width: x1 - x0 + 1, height: y1 - y0 + 1 });
  }
  return { blobs, width, height };
}

/**
 * The dots among a colour's blobs: round marks about a dot's size. A dot's diameter is given in
 * device pixels. Slivers of antialiasing, dashes of an outline and half-dot centres are left out.
 */
export function dotsOf(blobs: Blob[], diameter: number): Blob[] {
  const dotArea = Math.PI * (diameter / 2) ** 2;
  return blobs.filter((b) => {
    const aspect = Math.max(b.width, b.height) / Math.min(b.width, b.height);
    return b.area >= dotArea * 0.4 && b.area <= dotArea * 2.5 && aspect <= 1.6;
  });
}
