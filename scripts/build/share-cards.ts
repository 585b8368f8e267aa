// Share cards (1200×630 PNG), one per locale and one per figure per locale, rendered by Chromium
// at build time. Chromium shapes Khmer correctly (coeng subscripts, below-base and pre-base
// vowels); the SVG renderers checked here did not. A card is re-rendered only when its HTML changes.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import { figures, shareableFigures } from '../../worker/content';
import { figureDetail, formatFigure } from '../../worker/i18n/format-figure';
import { LOCALES, localeInfo, type Locale } from '../../worker/i18n/locales';
import { KHMER_RANGE } from './khmer-fallback';
import { message } from '../../worker/i18n/messages';
import { text } from '../../worker/i18n/rich-text';

const CARD_WIDTH = 1200;
const CARD_HEIGHT = 630;
const CACHE_DIR = '.cache/share-cards';
const FONT_DIR = 'node_modules/@fontsource/noto-sans-khmer/files';

export type CardId = 'story' | string;

export interface CardSpec {
  locale: Locale;
  id: CardId;
  kicker: string;
  value: string;
  label: string;
  detail: string;
  footer: string;
}

export function cardSpecs(): CardSpec[] {
  const specs: CardSpec[] = [];
  for (const locale of LOCALES) {
    const from = figures.find((f) => f.id === 'minors-2012');
    const to = figures.find((f) => f.id === 'minors-2015');
    specs.push({
      locale,
      id: 'story',
      kicker: text(locale, 'ui.kicker'),
      value: from && to ? `${formatFigure(from, locale)} → ${formatFigure(to, locale)}` : '',
      label: text(locale, 'ui.headline'),
      detail: text(locale, 'figure.minors-2015.label'),
      footer: text(locale, 'card.source'),
    });
    for (const figure of shareableFigures) {
      specs.push({
        locale,
        id: figure.id,
        kicker: text(locale, 'ui.headline'),
        value: formatFigure(figure, locale),
        label: text(locale, `figure.${figure.id}.label`),
        detail: figureDetail(figure, locale),
        // Each card credits its own figure's source: the police and court counts are not the studies'.
        footer: text(locale, `source.${figure.source}.credit`),
      });
    }
  }
  return specs;
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The card fonts, inlined as data URLs: the render needs no network and no system font. */
export async function fontFaces(): Promise<string> {
  const faces = await Promise.all(
    (['khmer', 'latin'] as const).flatMap((subset) =>
      [400, 700].map(async (weight) => {
        const data = await readFile(`${FONT_DIR}/noto-sans-khmer-${subset}-${weight}-normal.woff2`);
        const range = subset === 'khmer' ? KHMER_RANGE : 'U+0000-024F,U+2000-206F,U+2190-21FF';
        return `@font-face{font-family:"Card";font-weight:${weight};src:url(data:font/woff2;base64,${data.toString('base64')}) format("woff2");unicode-range:${range}}`;
      }),
    ),
  );
  return faces.join('');
}

/** The card as a self-contained HTML page (fonts inlined), so the render needs no network. */
export function cardHtml(spec: CardSpec, faces: string): string {
  // Scripts with a webfont (Khmer) stack marks above and below the line: more leading, smaller labels.
  const khmer = localeInfo(spec.locale).webfont !== null;
  return `<!doctype html><html lang="${spec.locale}"><head><meta charset="utf-8"><style>${faces}
*{box-sizing:border-box;margin:0}
html,body{width:${CARD_WIDTH}px;height:${CARD_HEIGHT}px}
body{display:flex;flex-direction:column;justify-content:space-between;padding:64px 72px;background:#fbfaf7;color:#1f1e1c;font-family:"Card",sans-serif;line-height:${khmer ? 1.7 : 1.3};border-left:16px solid #a8401f}
.kicker{font-size:30px;color:#a8401f;font-weight:700}
.value{font-size:${spec.value.length > 14 ? 88 : 120}px;font-weight:700;color:#285a86;line-height:1.2}
.label{font-size:${khmer ? 36 : 40}px;font-weight:700;max-width:1000px}
.detail{font-size:28px;color:#55524c;margin-top:8px}
.footer{font-size:24px;color:#55524c;border-top:2px solid #d9d4c9;padding-top:16px}
</style></head><body>
<p class="kicker">${escape(spec.kicker)}</p>
<div><p class="value">${escape(spec.value)}</p><p class="label">${escape(spec.label)}</p><p class="detail">${escape(spec.detail)}</p></div>
<p class="footer">${escape(spec.footer)}</p>
</body></html>`;
}

export async function renderCard(browser: Browser, html: string): Promise<Buffer> {
  const page = await browser.newPage({ viewport: { width: CARD_WIDTH, height: CARD_HEIGHT }, deviceScaleFactor: 1 });
  try {
    await page.setContent(html, { waitUntil: 'load' });
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    return await page.screenshot({ type: 'png', clip: { x: 0, y: 0, width: CARD_WIDTH, height: CARD_HEIGHT } });
  } finally {
    await page.close();
  }
}

export type CardManifest = Record<Locale, Record<CardId, string>>;

/**
 * Writes every card into `outDir` under content-hashed names and returns their URLs.
 * Chromium is launched only when some card's HTML has changed since the last build. Where
 * `launch` finds no browser, cards not already cached are left out, and pages name no image.
 */
export async function buildShareCards(
  outDir: string,
  urlPrefix: string,
  launch: () => Promise<Browser | undefined>,
): Promise<CardManifest> {
  await mkdir(CACHE_DIR, { recursive: true });
  await mkdir(outDir, { recursive: true });
  const faces = await fontFaces();
  const manifest = Object.fromEntries(LOCALES.map((l) => [l, {}])) as CardManifest;
  let browser: Browser | undefined;
  let launched = false;
  let skipped = 0;
  try {
    for (const spec of cardSpecs()) {
      const html = cardHtml(spec, faces);
      const hash = createHash('sha256').update(html).digest('hex').slice(0, 12);
      const cached = `${CACHE_DIR}/${hash}.png`;
      if (!existsSync(cached)) {
        if (!launched) {
          launched = true;
          browser = await launch();
        }
        if (!browser) {
          skipped++;
          continue;
        }
        await writeFile(cached, await renderCard(browser, html));
      }
      const name = `${spec.locale}-${spec.id}.${hash}.png`;
      await copyFile(cached, `${outDir}/${name}`);
      manifest[spec.locale]![spec.id] = `${urlPrefix}/${name}`;
    }
  } finally {
    await browser?.close();
  }
  if (skipped) console.warn(`share cards: no Chromium found (set CHROME_PATH or apt-get install chromium); skipped ${skipped} card(s)`);
  return manifest;
}
