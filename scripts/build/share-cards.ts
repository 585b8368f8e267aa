// Share cards (1200×630 PNG), one per locale and one per figure per locale, rendered by Chromium
// at build time, and the same cards as SVG for download. Chromium shapes Khmer correctly (coeng
// subscripts, below-base and pre-base vowels); the SVG renderers checked here did not. A card is
// re-rendered only when its HTML changes.
//
// The SVG is written from Chromium's own layout of the card: each line of text becomes one <text>
// at the position Chromium gave it, in the card's font, embedded as @font-face. Line breaks and
// sizes are therefore Chromium's, and shaping within a line is the viewer's: browsers (HarfBuzz)
// and current Inkscape shape Khmer correctly from the embedded font. Text stays text, so it can be
// edited, searched and read by a screen reader; a tool that ignores embedded fonts falls back to
// the named Khmer system fonts. test/e2e/share-card-files.test.ts renders the SVG in Chromium and
// compares it with the PNG.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { CARD_HEIGHT, CARD_WIDTH } from '../../worker/card-size';
import { shareableFigures, type Figure } from '../../worker/content';
import { cardComparison, cardFigure } from '../../worker/i18n/card-text';
import { siteName } from '../../worker/i18n/citation';
import { figureParts, figureWhen, figureWhere, whenUnlessLabelSays } from '../../worker/i18n/format-figure';
import { LOCALES, localeInfo, type Locale } from '../../worker/i18n/locales';
import { KHMER_RANGE } from './khmer-fallback';
import { KHMER_SCRIPT } from '../../worker/i18n/khmer-script';
import { glueRanges, hasKhmerScript, markKhmerLineBreaks } from '../../worker/i18n/khmer-line-breaks';
import { text } from '../../worker/i18n/rich-text';
import { siteAddress } from './site-address';

export { CARD_HEIGHT, CARD_WIDTH };
const CACHE_DIR = '.cache/share-cards';
const FONT_DIR = 'node_modules/@fontsource/noto-sans-khmer/files';

/**
 * The key number stays inside the centred square a compact preview crops to (630×630 of 1200×630),
 * with a margin: it is laid out centred and shrunk until it fits this width.
 */
export const SAFE_ZONE_WIDTH = 560;

export type CardId = 'story' | string;

export interface CardSpec {
  locale: Locale;
  id: CardId;
  /** The site's name and short address, top left and right. */
  site: string;
  address: string;
  kicker: string;
  /** The key number, and any words that must stay with it ("more than"). */
  before: string;
  value: string;
  after: string;
  /** "down from 8.16% in 2012", where the data has a comparison. */
  comparison: string;
  label: string;
  detail: string;
  footer: string;
}

/**
 * When and where, under the card's label. The story's card names its figure too, with its year and
 * cities: the most-shared image must not read as a national figure. A label that already says
 * when ("Estimates from the early 2000s…") is not told again.
 */
function cardDetail(figure: Figure, locale: Locale, story: boolean): string {
  const label = text(locale, `figure.${figure.id}.label`);
  // The story card puts the label before its detail, so it always gives the date.
  const when = story ? figureWhen(figure, locale) : whenUnlessLabelSays(figure, locale, label);
  const detail = [when, figureWhere(figure, locale)].filter(Boolean).join(' · ');
  return story ? `${label} · ${detail}` : detail;
}

export function cardSpecs(address = siteAddress()): CardSpec[] {
  const specs: CardSpec[] = [];
  for (const locale of LOCALES) {
    const site = siteName(locale);
    for (const id of ['story', ...shareableFigures.map((f) => f.id)]) {
      const figure = cardFigure(id)!;
      const parts = figureParts(figure, locale);
      const story = id === 'story';
      specs.push({
        locale,
        id,
        site,
        address,
        kicker: text(locale, story ? 'ui.kicker' : 'ui.headline'),
        before: parts.before.trim(),
        value: parts.value,
        after: parts.after.trim(),
        comparison: cardComparison(figure, locale) ?? '',
        label: text(locale, story ? 'ui.headline' : `figure.${figure.id}.label`),
        detail: cardDetail(figure, locale, story),
        // Each card credits its own figure's source: the police and court counts are not the studies'.
        footer: story ? text(locale, 'card.source') : text(locale, `source.${figure.source}.credit`),
      });
    }
  }
  return specs;
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

interface FontFile {
  subset: 'khmer' | 'latin';
  weight: 400 | 700;
  data: Buffer;
}

async function fontFiles(): Promise<FontFile[]> {
  return Promise.all(
    (['khmer', 'latin'] as const).flatMap((subset) =>
      ([400, 700] as const).map(async (weight) => ({
        subset,
        weight,
        data: await readFile(`${FONT_DIR}/noto-sans-khmer-${subset}-${weight}-normal.woff2`),
      })),
    ),
  );
}

const faceRule = (f: FontFile) =>
  `@font-face{font-family:"Card";font-weight:${f.weight};src:url(data:font/woff2;base64,${f.data.toString('base64')}) format("woff2");unicode-range:${
    f.subset === 'khmer' ? KHMER_RANGE : 'U+0000-024F,U+2000-206F,U+2190-21FF'
  }}`;

/** The card fonts, inlined as data URLs: the render needs no network and no system font. */
export async function fontFaces(): Promise<string> {
  return (await fontFiles()).map(faceRule).join('');
}

/** The card as a self-contained HTML page (fonts inlined), so the render needs no network. */
export function cardHtml(spec: CardSpec, faces: string): string {
  // Scripts with a webfont (Khmer) stack marks above and below the line: more leading, smaller labels.
  const khmer = localeInfo(spec.locale).webfont !== null;
  const line = khmer ? 1.6 : 1.25;
  // Lines break as on the pages: Khmer between words only, never inside a range of numbers.
  const marked = (s: string) => glueRanges(hasKhmerScript(s) ? markKhmerLineBreaks(s) : s);
  const optional = (cls: string, s: string) => (s ? `<p class="${cls}">${escape(marked(s))}</p>` : '');
  return `<!doctype html><html lang="${spec.locale}"><head><meta charset="utf-8"><style>${faces}
*{box-sizing:border-box;margin:0}
html,body{width:${CARD_WIDTH}px;height:${CARD_HEIGHT}px}
body{position:relative;display:flex;flex-direction:column;justify-content:space-between;align-items:center;text-align:center;padding:32px 72px 28px;background:#fbfaf7;color:#1f1e1c;font-family:"Card",sans-serif;line-height:${line}}
.bar{position:absolute;left:0;top:0;bottom:0;width:16px;background:#a8401f}
.masthead{align-self:stretch;display:flex;justify-content:space-between;font-size:22px}
.site{font-weight:700;color:#a8401f}
.address{color:#55524c}
.kicker{font-size:26px;font-weight:700;color:#a8401f}
.key{display:flex;flex-direction:column;align-items:center;max-width:${SAFE_ZONE_WIDTH}px}
.before,.after{font-size:32px;font-weight:700;color:#285a86}
.value{display:inline-block;white-space:nowrap;font-size:136px;font-weight:700;color:#285a86;line-height:1.1}
.comparison{font-size:30px;color:#55524c}
.label{font-size:${khmer ? 30 : 34}px;font-weight:700;max-width:1040px}
.detail{font-size:24px;color:#55524c}
.footer{align-self:stretch;font-size:22px;color:#55524c;border-top:2px solid #d9d4c9;padding-top:10px}
</style></head><body>
<div class="bar"></div>
<div class="masthead"><p class="site">${escape(spec.site)}</p><p class="address">${escape(spec.address)}</p></div>
<p class="kicker">${escape(marked(spec.kicker))}</p>
<div class="key">${optional('before', spec.before)}<p class="value" data-fit="${SAFE_ZONE_WIDTH}">${escape(spec.value)}</p>${optional('after', spec.after)}${optional('comparison', spec.comparison)}</div>
<div>${optional('label', spec.label)}${optional('detail', spec.detail)}</div>
<p class="footer">${escape(marked(spec.footer))}</p>
</body></html>`;
}

/** Loads a card and shrinks the key number until it fits the safe zone. */
export async function openCard(browser: Browser, html: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: CARD_WIDTH, height: CARD_HEIGHT }, deviceScaleFactor: 1 });
  await page.setContent(html, { waitUntil: 'load' });
  await page.evaluate(async () => {
    await document.fonts.ready;
    for (const el of document.querySelectorAll<HTMLElement>('[data-fit]')) {
      const max = Number(el.dataset.fit);
      let size = parseFloat(getComputedStyle(el).fontSize);
      while (el.getBoundingClientRect().width > max && size > 24) {
        size -= 2;
        el.style.fontSize = `${size}px`;
      }
    }
  });
  return page;
}

export async function renderCard(browser: Browser, html: string): Promise<Buffer> {
  const page = await openCard(browser, html);
  try {
    return await page.screenshot({ type: 'png', clip: { x: 0, y: 0, width: CARD_WIDTH, height: CARD_HEIGHT } });
  } finally {
    await page.close();
  }
}

interface TextLine {
  text: string;
  x: number;
  baseline: number;
  size: number;
  weight: string;
  color: string;
}

interface CardLayout {
  background: string;
  boxes: { x: number; y: number; width: number; height: number; color: string }[];
  lines: TextLine[];
}

/** Chromium's layout of the open card: every line of text where it drew it, and the coloured boxes. */
async function cardLayout(page: Page): Promise<CardLayout> {
  // tsx names inner functions with an __name helper that the page does not have.
  await page.evaluate('globalThis.__name = (f) => f');
  return page.evaluate(() => {
    const lines: TextLine[] = [];
    const graphemes = new Intl.Segmenter(document.documentElement.lang, { granularity: 'grapheme' });
    const canvas = document.createElement('canvas').getContext('2d')!;
    for (const el of document.querySelectorAll<HTMLElement>('body p')) {
      const style = getComputedStyle(el);
      canvas.font = `${style.fontWeight} ${style.fontSize} Card`;
      const ascent = canvas.measureText('x').fontBoundingBoxAscent;
      const node = el.firstChild;
      if (!node || node.nodeType !== Node.TEXT_NODE) continue;
      const range = document.createRange();
      let current: { text: string; x: number; top: number } | undefined;
      const flush = () => {
        // The line-break marks are invisible: the SVG's text is what a reader reads.
        const trimmed = current?.text.replace(/[\u200b\u2060]/g, '').trimEnd();
        if (current && trimmed) {
          lines.push({
            text: trimmed,
            x: current.x,
            baseline: current.top + ascent,
            size: parseFloat(style.fontSize),
            weight: style.fontWeight,
            color: style.color,
          });
        }
      };
      for (const { segment, index } of graphemes.segment(node.textContent ?? '')) {
        range.setStart(node, index);
        range.setEnd(node, index + segment.length);
        const rect = range.getBoundingClientRect();
        // A new line starts where a grapheme sits clearly below the previous one.
        if (!current || rect.top > current.top + rect.height / 2) {
          flush();
          if (!segment.trim() && current) {
            current = undefined;
            continue;
          }
          current = { text: segment, x: rect.left, top: rect.top };
        } else current.text += segment;
      }
      flush();
    }
    const boxes = [...document.querySelectorAll<HTMLElement>('.bar, .footer')].map((el) => {
      const r = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      return el.classList.contains('bar')
        ? { x: r.left, y: r.top, width: r.width, height: r.height, color: style.backgroundColor }
        : { x: r.left, y: r.top, width: r.width, height: parseFloat(style.borderTopWidth), color: style.borderTopColor };
    });
    return { background: getComputedStyle(document.body).backgroundColor, boxes, lines };
  });
}

const KHMER = KHMER_SCRIPT;

/** The open card as a standalone SVG, its text as <text> in the embedded card font. */
async function cardSvg(page: Page, spec: CardSpec, fonts: FontFile[]): Promise<string> {
  const layout = await cardLayout(page);
  const needsKhmer = layout.lines.some((l) => KHMER.test(l.text));
  const faces = fonts
    .filter((f) => f.subset === 'latin' || needsKhmer)
    .map(faceRule)
    .join('');
  const systemFonts = localeInfo(spec.locale).systemFonts;
  const family = `Card, ${systemFonts ? `${systemFonts}, ` : ''}sans-serif`.replace(/"/g, "'");
  const round = (n: number) => Math.round(n * 100) / 100;
  const texts = layout.lines.map(
    (l) =>
      `<text x="${round(l.x)}" y="${round(l.baseline)}" font-size="${l.size}" font-weight="${l.weight}" fill="${l.color}">${escape(l.text)}</text>`,
  );
  const boxes = layout.boxes.map(
    (b) => `<rect x="${round(b.x)}" y="${round(b.y)}" width="${round(b.width)}" height="${round(b.height)}" fill="${b.color}"/>`,
  );
  const title = [spec.kicker, [spec.before, spec.value, spec.after].filter(Boolean).join(' '), spec.comparison, spec.label]
    .filter(Boolean)
    .join(' · ');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}" lang="${spec.locale}" role="img">
<title>${escape(title)}</title>
<style>${faces}text{font-family:${family};white-space:pre}</style>
<rect width="${CARD_WIDTH}" height="${CARD_HEIGHT}" fill="${layout.background}"/>
${boxes.join('\n')}
${texts.join('\n')}
</svg>
`;
}

export async function renderCardFiles(
  browser: Browser,
  spec: CardSpec,
  html: string,
  fonts: FontFile[],
): Promise<{ png: Buffer; svg: string }> {
  const page = await openCard(browser, html);
  try {
    const png = await page.screenshot({ type: 'png', clip: { x: 0, y: 0, width: CARD_WIDTH, height: CARD_HEIGHT } });
    return { png, svg: await cardSvg(page, spec, fonts) };
  } finally {
    await page.close();
  }
}

export interface CardFiles {
  png: string;
  svg: string;
  /** Its hash, for content-hashed names. */
  hash: string;
}

export type CardManifest = Record<Locale, Record<CardId, string>>;
export type CardFileManifest = Record<Locale, Record<CardId, CardFiles>>;

/**
 * Renders every card (PNG and SVG) into the cache and returns where each one's files are. Chromium
 * is launched only when some card's HTML has changed since the last build. Where `launch` finds
 * no browser, cards not already cached are left out, and pages name no image.
 */
export async function renderShareCards(launch: () => Promise<Browser | undefined>): Promise<CardFileManifest> {
  await mkdir(CACHE_DIR, { recursive: true });
  const faces = await fontFaces();
  const fonts = await fontFiles();
  const manifest = Object.fromEntries(LOCALES.map((l) => [l, {}])) as CardFileManifest;
  let browser: Browser | undefined;
  let launched = false;
  let skipped = 0;
  try {
    for (const spec of cardSpecs()) {
      const html = cardHtml(spec, faces);
      const hash = createHash('sha256').update(html).digest('hex').slice(0, 12);
      const files = { png: `${CACHE_DIR}/${hash}.png`, svg: `${CACHE_DIR}/${hash}.svg`, hash };
      if (!existsSync(files.png) || !existsSync(files.svg)) {
        if (!launched) {
          launched = true;
          browser = await launch();
        }
        if (!browser) {
          skipped++;
          continue;
        }
        const rendered = await renderCardFiles(browser, spec, html, fonts);
        await writeFile(files.svg, rendered.svg);
        await writeFile(files.png, rendered.png);
      }
      manifest[spec.locale]![spec.id] = files;
    }
  } finally {
    await browser?.close();
  }
  if (skipped) console.warn(`share cards: no Chromium found (set CHROME_PATH or apt-get install chromium); skipped ${skipped} card(s)`);
  return manifest;
}

/** Copies each card's PNG into `outDir` under a content-hashed name and returns their URLs. */
export async function writeShareCards(files: CardFileManifest, outDir: string, urlPrefix: string): Promise<CardManifest> {
  await mkdir(outDir, { recursive: true });
  const manifest = Object.fromEntries(LOCALES.map((l) => [l, {}])) as CardManifest;
  for (const locale of LOCALES) {
    for (const [id, card] of Object.entries(files[locale] ?? {})) {
      const name = `${locale}-${id}.${card.hash}.png`;
      await copyFile(card.png, `${outDir}/${name}`);
      manifest[locale]![id] = `${urlPrefix}/${name}`;
    }
  }
  return manifest;
}
