// `npm run screenshots`: one PNG per step and language at two phone sizes (390×844, 360×640) into
// screenshots/ (git-ignored): what a reader sees at each step.
import { mkdir } from 'node:fs/promises';
import { steps } from '../worker/content';
import { LOCALES } from '../worker/i18n/locales';
import { launchChromium } from './support/chromium';
import { startWorker } from './support/worker-server';

const OUT = 'screenshots';

async function main(): Promise<void> {
  await mkdir(OUT, { recursive: true });
  const worker = await startWorker();
  const { browser, info, version } = await launchChromium();
  try {
    for (const [width, height, suffix] of [
      [390, 844, ''],
      [360, 640, '-360'],
    ] as const) {
      const page = await browser.newPage({ viewport: { width, height }, deviceScaleFactor: 2, reducedMotion: 'reduce' });
      for (const locale of LOCALES) {
        for (const [index, step] of steps.entries()) {
          await page.goto(`${worker.origin}/${locale}/#${step.id}`);
          await page.waitForFunction((id) => document.querySelector<HTMLElement>('.panel')?.dataset.state === id, step.id);
          await page.evaluate(() => document.fonts.ready.then(() => undefined));
          const file = `${OUT}/${locale}-${String(index + 1).padStart(2, '0')}-${step.id}${suffix}.png`;
          await page.screenshot({ path: file });
          console.log(file);
        }
      }
      await page.close();
    }
    console.log(`Chromium ${version} (${info.origin}: ${info.executablePath})`);
  } finally {
    await browser.close();
    await worker.stop();
  }
}

await main();
