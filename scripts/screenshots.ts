// `npm run screenshots`: what a reader sees at each step, to be looked at before a change ships.
// One PNG per language, phone size and step (and the first screen), with motion on, into
// screenshots/ (git-ignored). `-- --reduced` takes them with reduced motion, `-- --no-js` without
// JavaScript (the still pictures), `-- --size 360x740` at one size only.
import { mkdir } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { steps } from '../worker/content';
import { LOCALES } from '../worker/i18n/locales';
import { launchChromium } from './support/chromium';
import { startWorker } from './support/worker-server';

const OUT = 'screenshots';

/** The phone sizes the graphic is made to fit (test/e2e/page.ts tests the same list). */
const SIZES = ['360x640', '360x705', '360x740', '360x780', '360x800', '375x667', '390x844', '412x915'];

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { reduced: { type: 'boolean' }, 'no-js': { type: 'boolean' }, size: { type: 'string', multiple: true } },
  });
  const mode = values['no-js'] ? 'nojs' : values.reduced ? 'reduced' : 'motion';
  const sizes = values.size ?? SIZES;
  await mkdir(OUT, { recursive: true });
  const worker = await startWorker();
  const { browser, info, version } = await launchChromium();
  try {
    for (const size of sizes) {
      const [width, height] = size.split('x').map(Number) as [number, number];
      const context = await browser.newContext({
        viewport: { width, height },
        deviceScaleFactor: 2,
        reducedMotion: mode === 'motion' ? 'no-preference' : 'reduce',
        javaScriptEnabled: mode !== 'nojs',
      });
      const page = await context.newPage();
      for (const locale of LOCALES) {
        const name = (index: number, id: string) => `${OUT}/${locale}-${size}-${mode}-${String(index).padStart(2, '0')}-${id}.png`;
        await page.goto(`${worker.origin}/${locale}/`);
        await page.evaluate(() => document.fonts.ready.then(() => undefined));
        await page.screenshot({ path: name(0, 'first-screen') });
        for (const [index, step] of steps.entries()) {
          const file = name(index + 1, step.id);
          if (mode === 'nojs') {
            await page.locator(`#${step.id} .step__picture`).screenshot({ path: file });
          } else {
            await page.evaluate((id) => document.getElementById(id)!.scrollIntoView({ block: 'start' }), step.id);
            await page.waitForFunction((id) => document.querySelector<HTMLElement>('.panel')?.dataset.state === id, step.id);
            // Motion on: the reader is left with the frame once its transitions end.
            await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined))));
            await page.screenshot({ path: file });
          }
          console.log(file);
        }
      }
      await context.close();
    }
    console.log(`Chromium ${version} (${info.origin}: ${info.executablePath})`);
  } finally {
    await browser.close();
    await worker.stop();
  }
}

await main();
