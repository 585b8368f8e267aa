// Long tasks while a reader scrolls: the story on a phone-sized screen with the CPU slowed 4×
// (Lighthouse's mobile factor), scrolled to the end and back by a synthetic gesture at a steady
// reading-and-skimming speed. The Long Tasks API reports every main-thread task over 50 ms; the
// target is none.
import type { Browser } from 'playwright-core';

export interface ScrollRun {
  url: string;
  /** Tasks over 50 ms while scrolling, and the longest one, in ms. */
  longTasks: number;
  longestTask: number;
  /** How far the page scrolled, to show the run went through the whole story. */
  scrolledPx: number;
}

const CPU_SLOWDOWN = 4;
const SCROLL_SPEED_PX_PER_S = 800;

export async function scrollRun(browser: Browser, url: string): Promise<ScrollRun> {
  const context = await browser.newContext({
    viewport: { width: 412, height: 823 },
    deviceScaleFactor: 1.75,
    isMobile: true,
    hasTouch: true,
  });
  try {
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForSelector('html[data-enhanced]', { state: 'attached', timeout: 15_000 });
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    // Start counting once the page has settled, so only scrolling is measured.
    await page.waitForTimeout(1000);
    await page.evaluate(() => {
      const w = window as unknown as { longTasks: number[] };
      w.longTasks = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) w.longTasks.push(entry.duration);
      }).observe({ type: 'longtask' });
    });
    const height = await page.evaluate(() => document.documentElement.scrollHeight - innerHeight);
    let scrolledPx = 0;
    for (const direction of [1, -1]) {
      const before = await page.evaluate(() => scrollY);
      // Positive yDistance scrolls up. Mouse-type gestures: headless Chromium ignores touch ones.
      await cdp.send('Input.synthesizeScrollGesture', {
        x: 200,
        y: 400,
        yDistance: -direction * (height + 400),
        speed: SCROLL_SPEED_PX_PER_S,
        gestureSourceType: 'mouse',
      });
      scrolledPx += Math.abs((await page.evaluate(() => scrollY)) - before);
    }
    await page.waitForTimeout(500);
    const tasks = await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks);
    return { url, longTasks: tasks.length, longestTask: Math.round(Math.max(0, ...tasks)), scrolledPx: Math.round(scrolledPx) };
  } finally {
    await context.close();
  }
}
