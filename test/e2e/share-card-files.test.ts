// The share cards as a compact preview crops them, and their SVG downloads against the PNGs.
// Both render in Chromium, the browser the build renders with.
import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import assetsJson from '../../worker/generated/assets.json';
import { CARD_HEIGHT, CARD_WIDTH, cardHtml, cardSpecs, fontFaces, openCard } from '../../scripts/build/share-cards';
import { launchChromium } from '../../scripts/support/chromium';
import { SOURCE, TRANSLATED } from '../support/locales';

// What Telegram, WhatsApp and a Twitter summary card show of a 1200×630 card: its centred square.
const SQUARE = { left: (CARD_WIDTH - CARD_HEIGHT) / 2, right: (CARD_WIDTH + CARD_HEIGHT) / 2, top: 0, bottom: CARD_HEIGHT };

const specs = cardSpecs();
const downloads = (assetsJson as unknown as { downloads: Record<string, { figures: Record<string, { png: string; svg: string }> }> })
  .downloads;

let browser: Browser;
let faces: string;

beforeAll(async () => {
  browser = (await launchChromium()).browser;
  faces = await fontFaces();
});

afterAll(async () => {
  await browser?.close();
});

async function keyBoxes(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('.key > *')].map((el) => {
      const range = document.createRange();
      range.selectNodeContents(el);
      // The ink of the text, not its block: a paragraph's block spans the zone's whole width.
      const r = range.getBoundingClientRect();
      return {
        cls: el.className,
        text: el.textContent,
        left: r.left,
        right: r.right,
        top: r.top,
        bottom: r.bottom,
        size: parseFloat(getComputedStyle(el).fontSize),
      };
    }),
  );
}

describe('the key number in a square crop', () => {
  it.each(specs.map((s) => [`${s.locale}/${s.id}`, s] as const))(
    '%s: the value, its qualifier and comparison lie inside the centred square',
    async (_name, spec) => {
      const page = await openCard(browser, cardHtml(spec, faces));
      try {
        const boxes = await keyBoxes(page);
        expect(boxes.map((b) => b.cls)).toContain('value');
        for (const box of boxes) {
          expect(box.left, `${box.cls} ${box.text}`).toBeGreaterThanOrEqual(SQUARE.left);
          expect(box.right, `${box.cls} ${box.text}`).toBeLessThanOrEqual(SQUARE.right);
          expect(box.top).toBeGreaterThanOrEqual(SQUARE.top);
          expect(box.bottom).toBeLessThanOrEqual(SQUARE.bottom);
        }
        // Still the card's largest text.
        expect(boxes.find((b) => b.cls === 'value')!.size).toBeGreaterThanOrEqual(72);
        // Nothing overflows the card.
        expect(await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.scrollHeight])).toEqual([
          CARD_WIDTH,
          CARD_HEIGHT,
        ]);
      } finally {
        await page.close();
      }
    },
  );

  it('shows the comparison where one exists, and the site name and address', () => {
    const story = specs.find((s) => s.locale === SOURCE && s.id === 'story')!;
    expect(story.comparison).toBe('down from 8.16% in 2012');
    expect(story.value).toBe('2.2%');
    expect(specs.find((s) => s.locale === SOURCE && s.id === 'young-minors-2015')?.comparison).toBe('down from 0.75% in 2012');
    expect(specs.find((s) => s.locale === SOURCE && s.id === 'cases')?.comparison).toBe('');
    for (const spec of specs) {
      expect(spec.site).toBeTruthy();
      expect(spec.address).toBe('story.example.org');
    }
  });

  it('shrinks a value too wide for the square until it fits (the old story card, "8.16% → 2.2%")', async () => {
    const spec = { ...specs[0]!, value: '8.16% → 2.2% → 0.1%' };
    const page = await openCard(browser, cardHtml(spec, faces));
    try {
      const value = (await keyBoxes(page)).find((b) => b.cls === 'value')!;
      expect(value.size).toBeLessThan(136);
      expect(value.left).toBeGreaterThanOrEqual(SQUARE.left);
      expect(value.right).toBeLessThanOrEqual(SQUARE.right);
    } finally {
      await page.close();
    }
  });
});

/** Per-pixel comparison of two same-sized PNGs, in the page: the share of pixels that differ visibly. */
async function differingShare(page: Page, a: Buffer, b: Buffer): Promise<number> {
  return page.evaluate(
    async ([x, y]) => {
      const pixels = async (b64: string) => {
        const img = new Image();
        img.src = `data:image/png;base64,${b64}`;
        await img.decode();
        const canvas = new OffscreenCanvas(img.width, img.height);
        const ctx = canvas.getContext('2d')!;
        ctx.drawImage(img, 0, 0);
        return ctx.getImageData(0, 0, img.width, img.height).data;
      };
      const [p, q] = await Promise.all([pixels(x), pixels(y)]);
      let differ = 0;
      for (let i = 0; i < p.length; i += 4) {
        const d = Math.abs(p[i]! - q[i]!) + Math.abs(p[i + 1]! - q[i + 1]!) + Math.abs(p[i + 2]! - q[i + 2]!);
        if (d > 96) differ++;
      }
      return differ / (p.length / 4);
    },
    [a.toString('base64'), b.toString('base64')] as const,
  );
}

describe('SVG downloads', () => {
  const shipped = Object.entries(downloads).flatMap(([locale, d]) =>
    Object.entries(d.figures).map(([id, f]) => [`${locale}/${id}`, f] as const),
  );

  it('exist for every card the build made', () => {
    expect(shipped.length).toBe(specs.filter((s) => s.id !== 'story').length);
  });

  it.each(shipped)('%s: the SVG, rendered, matches the PNG (Khmer shaped as in the card)', async (_name, files) => {
    const png = await readFile(`dist/public${files.png}`);
    const svg = await readFile(`dist/public${files.svg}`, 'utf8');
    const page = await browser.newPage({ viewport: { width: CARD_WIDTH, height: CARD_HEIGHT }, deviceScaleFactor: 1 });
    try {
      await page.setContent(`<!doctype html><style>body{margin:0}</style>${svg}`);
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      const rendered = await page.screenshot({ type: 'png', clip: { x: 0, y: 0, width: CARD_WIDTH, height: CARD_HEIGHT } });
      const share = await differingShare(page, png, rendered);
      expect(share).toBeLessThan(0.002);
    } finally {
      await page.close();
    }
  });

  it('the comparison has teeth: an SVG with its text a line lower differs', async () => {
    const [, files] = shipped.find(([name]) => name.startsWith(`${TRANSLATED}/`))!;
    const png = await readFile(`dist/public${files.png}`);
    const svg = (await readFile(`dist/public${files.svg}`, 'utf8')).replace(
      /<text x="([\d.]+)" y="([\d.]+)"/g,
      (_m, x, y) => `<text x="${x}" y="${Number(y) + 6}"`,
    );
    const page = await browser.newPage({ viewport: { width: CARD_WIDTH, height: CARD_HEIGHT }, deviceScaleFactor: 1 });
    try {
      await page.setContent(`<!doctype html><style>body{margin:0}</style>${svg}`);
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      const rendered = await page.screenshot({ type: 'png', clip: { x: 0, y: 0, width: CARD_WIDTH, height: CARD_HEIGHT } });
      expect(await differingShare(page, png, rendered)).toBeGreaterThan(0.01);
    } finally {
      await page.close();
    }
  });
});
