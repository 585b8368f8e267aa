// Guards the Khmer shaping in the share cards. HarfBuzz (harfbuzzjs) is the reference shaper:
// it turns each Khmer word of the cards into positioned glyph outlines, drawn as SVG paths, which
// involve no text shaping at all. Chromium renders the same word as card text. If a coeng
// subscript, a below-base or a pre-base vowel were dropped or misplaced, the ink would differ.
import { readFile } from 'node:fs/promises';
import * as hb from 'harfbuzzjs';
import type { Browser, Page } from 'playwright-core';
import subsetFont from 'subset-font';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import assetsJson from '../../worker/generated/assets.json';
import { cardHtml, cardSpecs, fontFaces, renderCard } from '../../scripts/build/share-cards';
import { launchChromium } from '../../scripts/support/chromium';

const FONT_SIZE = 96;
const KHMER_FONT = 'node_modules/@fontsource/noto-sans-khmer/files/noto-sans-khmer-khmer-400-normal.woff2';
// Coeng (subscript consonants), below-base vowels, pre-base vowels: the marks renderers get wrong.
const HARD_CLUSTER = /[\u17d2\u17bb-\u17bd\u17c1-\u17c3]/;

const kmSpecs = cardSpecs().filter((s) => s.locale === 'km');

function khmerWords(): string[] {
  const segmenter = new Intl.Segmenter('km', { granularity: 'word' });
  const words = new Set<string>();
  for (const spec of kmSpecs) {
    for (const text of [spec.kicker, spec.label, spec.detail, spec.footer]) {
      for (const { segment } of segmenter.segment(text)) {
        if (/^[\u1780-\u17ff]+$/.test(segment) && HARD_CLUSTER.test(segment)) words.add(segment);
      }
    }
  }
  return [...words];
}

let browser: Browser;
let page: Page;
let shapeToSvg: (text: string) => string;

beforeAll(async () => {
  browser = (await launchChromium()).browser;
  page = await browser.newPage({ viewport: { width: 1600, height: 400 }, deviceScaleFactor: 1 });
  await page.setContent(
    `<!doctype html><style>${await fontFaces()} body{margin:0;background:#fff}
     #t{font:400 ${FONT_SIZE}px/1 "Card";white-space:nowrap;padding:40px;display:inline-block;color:#000}
     #s{display:inline-block;padding:40px}</style><div id="t"></div><br><div id="s"></div>`,
  );
  const sfnt = await subsetFont(await readFile(KHMER_FONT), khmerWords().join('') + 'ក្នុងង', { targetFormat: 'sfnt' });
  const face = new hb.Face(new hb.Blob(sfnt));
  const font = new hb.Font(face);
  const scale = FONT_SIZE / face.upem;
  shapeToSvg = (text: string) => {
    const buffer = new hb.Buffer();
    buffer.addText(text);
    buffer.guessSegmentProperties();
    hb.shape(font, buffer);
    let pen = 0;
    const paths = buffer.getGlyphInfosAndPositions().map((g) => {
      const path = `<path transform="translate(${pen + (g.xOffset ?? 0)},${g.yOffset ?? 0})" d="${font.glyphToPath(g.codepoint)}"/>`;
      pen += g.xAdvance ?? 0;
      return path;
    });
    const width = Math.ceil(pen * scale) + 40;
    const height = FONT_SIZE * 2;
    return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><g transform="translate(0 ${FONT_SIZE * 1.3}) scale(${scale} ${-scale})">${paths.join('')}</g></svg>`;
  };
});

afterAll(async () => {
  await browser?.close();
});

interface InkComparison {
  iou: number;
  textBox: number[];
  referenceBox: number[];
}

/** Renders text in Chromium and HarfBuzz's outlines as SVG, then compares their ink. */
async function compare(text: string, reference: string): Promise<InkComparison> {
  await page.evaluate(
    ([t, svg]) => {
      document.getElementById('t')!.textContent = t;
      document.getElementById('s')!.innerHTML = svg;
      return document.fonts.ready.then(() => undefined);
    },
    [text, shapeToSvg(reference)] as const,
  );
  const shots = await Promise.all(['#t', '#s'].map(async (sel) => (await page.locator(sel).screenshot()).toString('base64')));
  return page.evaluate(async (pngs) => {
    const masks = await Promise.all(
      pngs.map(async (b64) => {
        const img = new Image();
        img.src = `data:image/png;base64,${b64}`;
        await img.decode();
        const canvas = new OffscreenCanvas(img.width, img.height);
        const ctx = canvas.getContext('2d')!;
        ctx.drawImage(img, 0, 0);
        const { data } = ctx.getImageData(0, 0, img.width, img.height);
        let [x0, y0, x1, y1] = [Infinity, Infinity, -1, -1];
        const ink: [number, number][] = [];
        for (let y = 0; y < img.height; y++) {
          for (let x = 0; x < img.width; x++) {
            if (data[(y * img.width + x) * 4]! < 128) {
              ink.push([x, y]);
              x0 = Math.min(x0, x);
              y0 = Math.min(y0, y);
              x1 = Math.max(x1, x);
              y1 = Math.max(y1, y);
            }
          }
        }
        return { box: [x0, y0, x1, y1], set: new Set(ink.map(([x, y]) => `${x - x0},${y - y0}`)) };
      }),
    );
    const [a, b] = masks as [(typeof masks)[0], (typeof masks)[0]];
    let both = 0;
    for (const p of a.set) if (b.set.has(p)) both++;
    const size = (box: number[]) => [box[2]! - box[0]!, box[3]! - box[1]!];
    return { iou: both / (a.set.size + b.set.size - both), textBox: size(a.box), referenceBox: size(b.box) };
  }, shots);
}

describe('Khmer shaping in the share cards', () => {
  it('has Khmer words with subscripts and dependent vowels to check', () => {
    expect(khmerWords().length).toBeGreaterThan(5);
  });

  it('renders every hard Khmer word of the cards as HarfBuzz shapes it', async () => {
    for (const word of khmerWords()) {
      const result = await compare(word, word);
      expect(Math.abs(result.textBox[0]! - result.referenceBox[0]!), `${word} width`).toBeLessThanOrEqual(3);
      expect(Math.abs(result.textBox[1]! - result.referenceBox[1]!), `${word} height`).toBeLessThanOrEqual(3);
      // The ink box is what a dropped or misplaced mark changes; overlap only guards against
      // wholly different glyphs (antialiasing keeps it near 0.75–0.9 for identical shaping).
      expect(result.iou, word).toBeGreaterThan(0.7);
    }
  });

  it('tells a dropped below-base vowel apart (ក្នុង rendered vs ក្នង), so the check has teeth', async () => {
    const good = await compare('ក្នុង', 'ក្នុង');
    const broken = await compare('ក្នុង', 'ក្នង');
    expect(Math.abs(good.textBox[1]! - good.referenceBox[1]!)).toBeLessThanOrEqual(3);
    // The same box check that passes every card word fails here: the vowel below is missing.
    expect(Math.abs(broken.textBox[1]! - broken.referenceBox[1]!)).toBeGreaterThan(3);
  });

  it('ships the cards Chromium renders from the card template', async () => {
    const faces = await fontFaces();
    const cards = (assetsJson as { cards: Record<string, Record<string, string>> }).cards;
    for (const spec of kmSpecs.slice(0, 2)) {
      const fresh = await renderCard(browser, cardHtml(spec, faces));
      const shipped = await readFile(`dist/public${cards.km?.[spec.id]}`);
      expect(shipped.equals(fresh), spec.id).toBe(true);
    }
  });
});
