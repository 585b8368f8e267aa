// Lighthouse 12 with its default mobile preset (simulated slow 4G, 4× CPU slowdown).
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_FLAGS, requireChromium } from '../../scripts/support/chromium';

export interface LighthouseRun {
  url: string;
  performance: number;
  cls: number;
  tbt: number;
  lcp: number;
  fcp: number;
}

export async function runLighthouse(url: string): Promise<LighthouseRun> {
  const { executablePath } = requireChromium();
  const chrome = await chromeLauncher.launch({
    chromePath: executablePath,
    chromeFlags: CHROMIUM_FLAGS,
    logLevel: 'silent',
  });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
    const lhr = result?.lhr;
    if (!lhr) throw new Error(`Lighthouse returned nothing for ${url}`);
    const metric = (id: string) => Number(lhr.audits[id]?.numericValue ?? NaN);
    return {
      url,
      performance: Math.round((lhr.categories.performance?.score ?? 0) * 100),
      cls: metric('cumulative-layout-shift'),
      tbt: metric('total-blocking-time'),
      lcp: metric('largest-contentful-paint'),
      fcp: metric('first-contentful-paint'),
    };
  } finally {
    await chrome.kill();
  }
}
