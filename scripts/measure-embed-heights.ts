// Writes worker/embed-heights.json: each figure card's height in each language at the embed
// width, measured in Chromium, so the embed code can reserve it and a partner's page never
// shifts when the card arrives. Run after changing a card's text or style:
//   npm run build && npx tsx scripts/measure-embed-heights.ts
// test/e2e/partner-page.test.ts fails when a card no longer matches its entry.
import { writeFile } from 'node:fs/promises';
import { shareableFigures } from '../worker/content';
import { EMBED_WIDTH } from '../worker/embed-size';
import { LOCALES } from '../worker/i18n/locales';
import { launchChromium } from './support/chromium';
import { startWorker } from './support/worker-server';

const worker = await startWorker();
const { browser } = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: EMBED_WIDTH, height: 600 } });
  const heights: Record<string, Record<string, number>> = {};
  for (const lang of LOCALES) {
    heights[lang] = {};
    for (const figure of shareableFigures) {
      await page.goto(`${worker.origin}/embed/${figure.id}?lang=${lang}`);
      heights[lang][figure.id] = await page.evaluate(async () => {
        await document.fonts.ready;
        const card = document.querySelector('[data-figure]')!;
        return Math.ceil(card.getBoundingClientRect().bottom + parseFloat(getComputedStyle(document.body).paddingBottom));
      });
    }
  }
  await writeFile('worker/embed-heights.json', JSON.stringify(heights, null, 2) + '\n');
  console.log(heights);
} finally {
  await browser.close();
  await worker.stop();
}
