// Finds and launches Chromium for browser tests, benchmarks and build-time renders.
// Order: $CHROME_PATH, Debian's /usr/bin/chromium, then an installed Chrome channel.
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
  origin: 'CHROME_PATH' | 'system' | 'chrome';
}

// Where Debian's package and Google's Chrome channels install their binaries.
const SYSTEM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];
const CHROME_PATHS = ['/opt/google/chrome/chrome', '/usr/bin/google-chrome-stable', '/usr/bin/google-chrome'];

/** The browser to use, or undefined when this machine has none. */
export function findChromium(): ChromiumInfo | undefined {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv && existsSync(fromEnv)) return { executablePath: fromEnv, origin: 'CHROME_PATH' };
  const system = SYSTEM_PATHS.find((path) => existsSync(path));
  if (system) return { executablePath: system, origin: 'system' };
  const chrome = CHROME_PATHS.find((path) => existsSync(path));
  if (chrome) return { executablePath: chrome, origin: 'chrome' };
  return undefined;
}

/** Like findChromium, but a missing browser is an error that says how to get one. */
export function requireChromium(): ChromiumInfo {
  const info = findChromium();
  if (!info) {
    throw new Error("No Chromium found: set CHROME_PATH, or install Debian's chromium (apt-get install -y chromium).");
  }
  return info;
}

export async function launchChromium(): Promise<{ browser: Browser; info: ChromiumInfo; version: string }> {
  const info = requireChromium();
  const browser = await chromium.launch({ executablePath: info.executablePath, args: CHROMIUM_FLAGS });
  return { browser, info, version: browser.version() };
}

/** For optional build steps: a browser when this machine has one, else undefined. */
export async function launchChromiumIfPresent(): Promise<Browser | undefined> {
  const info = findChromium();
  if (!info) return undefined;
  return chromium.launch({ executablePath: info.executablePath, args: CHROMIUM_FLAGS });
}
