// `npm run screenshots`: one PNG per step at 390×844, both languages, into screenshots/ (git-ignored).
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
    const page = await browser.newPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, reducedMotion: 'reduce' });
    for (const locale of LOCALES) {
      for (const [index, step] of steps.entries()) {
        await page.goto(`${worker.origin}/${locale}/#${step.id}`);
        await page.waitForFunction((id) => document.querySelector<HTMLElement>('.panel')?.dataset.state === id, step.id);
        await page.evaluate(() => document.fonts.ready.then(() => undefined));
        const file = `${OUT}/${locale}-${String(index + 1).padStart(2, '0')}-${step.id}.png`;
        await page.screenshot({ path: file });
        console.log(file);
      }
    }
    console.log(`Chromium ${version} (${info.origin}: ${info.executablePath})`);
  } finally {
    await browser.close();
    await worker.stop();
  }
}

await main();
