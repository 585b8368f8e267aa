// Finds and launches Chromium for browser tests, benchmarks and build-time renders.
// Order: $CHROME_PATH, Debian's /usr/bin/chromium, then the build inside @sparticuz/chromium.
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface ChromiumInfo {
  executablePath: string;
  /** Where the binary came from, for the README and test logs. */
  origin: 'CHROME_PATH' | 'system' | '@sparticuz/chromium';
}

export async function findChromium(): Promise<ChromiumInfo> {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv && existsSync(fromEnv)) return { executablePath: fromEnv, origin: 'CHROME_PATH' };
  if (existsSync('/usr/bin/chromium')) return { executablePath: '/usr/bin/chromium', origin: 'system' };
  const { default: sparticuz } = await import('@sparticuz/chromium');
  return { executablePath: await sparticuz.executablePath(), origin: '@sparticuz/chromium' };
}

export async function launchChromium(): Promise<{ browser: Browser; info: ChromiumInfo; version: string }> {
  const info = await findChromium();
  const browser = await chromium.launch({ executablePath: info.executablePath, args: CHROMIUM_FLAGS });
  return { browser, info, version: browser.version() };
}
