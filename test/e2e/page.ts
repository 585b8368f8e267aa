// One browser per test file; pages collect console errors so every test can assert there were none.
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { launchChromium } from '../../scripts/support/chromium';

/**
 * The phones the graphic must fit: common Android and iPhone sizes, with the band of heights
 * between 640 and 844 where a 46svh panel is shortest for what it holds.
 */
export const PHONE_VIEWPORTS = [
  { name: 'phone-360x640', width: 360, height: 640 },
  { name: 'phone-360x705', width: 360, height: 705 },
  { name: 'phone-360x740', width: 360, height: 740 },
  { name: 'phone-360x780', width: 360, height: 780 },
  { name: 'phone-360x800', width: 360, height: 800 },
  { name: 'phone-375x667', width: 375, height: 667 },
  { name: 'phone-390x844', width: 390, height: 844 },
  { name: 'phone-412x915', width: 412, height: 915 },
] as const;

export const VIEWPORTS = [
  { name: 'phone-small', width: 360, height: 640 },
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1280, height: 800 },
] as const;

export function useBrowser(): { browser: () => Browser; origin: string } {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = (await launchChromium()).browser;
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    browser: () => {
      if (!browser) throw new Error('browser not started');
      return browser;
    },
    origin: inject('origin'),
  };
}

export interface WatchedPage {
  page: Page;
  /** Console errors and uncaught exceptions, in order. */
  errors: string[];
  close(): Promise<void>;
}

export async function openPage(browser: Browser, options: BrowserContextOptions = {}): Promise<WatchedPage> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  return { page, errors, close: () => context.close() };
}

/**
 * Opens a page and, if it has enhancements, waits until the client has applied them: the
 * bundle is fetched only after the first paint, so it can arrive after the load event.
 */
export async function gotoEnhanced(page: Page, url: string): Promise<void> {
  await page.goto(url);
  const enhances = await page.evaluate(() => document.querySelector('script[type="module"]:not([src])') !== null);
  if (enhances) await page.waitForSelector('html[data-enhanced]', { state: 'attached', timeout: 10_000 });
}

/** Drops expected errors in place (the page keeps pushing into the same array). */
export function forgetErrors(open: WatchedPage, expected: (error: string) => boolean): void {
  const kept = open.errors.filter((e) => !expected(e));
  open.errors.splice(0, open.errors.length, ...kept);
}

/**
 * Resolves once the page has drawn two frames after now and run the tasks they queued: scroll
 * events, IntersectionObserver callbacks (delivered in a frame's rendering step) and what those
 * schedule. A fixed wait was not enough under load: with a frame later than the wait, a short
 * step could enter and leave between two samples and never be seen active.
 */
export async function settleFrames(page: Page): Promise<void> {
  await page.evaluate(
    () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 0)))),
  );
}

/** Scrolls like a reader: small steps, letting scroll events and observers run between them. */
export async function scrollThrough(page: Page, direction: 'down' | 'up', onStep: () => Promise<void>): Promise<void> {
  const stepPx = Math.round((page.viewportSize()?.height ?? 800) / 6);
  for (let guard = 0; guard < 400; guard++) {
    const done = await page.evaluate(
      ([dir, px]) => {
        const max = document.documentElement.scrollHeight - window.innerHeight;
        if (dir === 'down' ? window.scrollY >= max - 1 : window.scrollY <= 0) return true;
        window.scrollBy(0, dir === 'down' ? (px as number) : -(px as number));
        return false;
      },
      [direction, stepPx] as const,
    );
    await settleFrames(page);
    await onStep();
    if (done) return;
  }
  throw new Error('scrolling did not reach the end');
}
