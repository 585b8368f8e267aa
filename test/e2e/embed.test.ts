// A partner page on another origin (another loopback port) uses the API, the web component and
// the iframe card, as a real partner site would.
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../scripts/support/worker-server';
import { FALLBACK_LOCALE } from '../../worker/i18n/locales';
import { openPage, useBrowser } from './page';
import { SOURCE, TRANSLATED } from '../support/locales';

const { browser, origin } = useBrowser();
let partner: Server;
let partnerOrigin: string;

const partnerPage = (storyOrigin: string) => `<!doctype html><html lang="${SOURCE}"><head><meta charset="utf-8"><title>Partner</title>
<script src="${storyOrigin}/embed.js" async></script></head><body>
<h1>Partner newsroom</h1>
<prevalence-figure id="wc" figure="minors-2015" lang="${TRANSLATED}"></prevalence-figure>
<prevalence-figure id="wc-default" figure="minors-2012"></prevalence-figure>
<iframe id="frame" src="${storyOrigin}/embed/minors-change?lang=${TRANSLATED}" title="figure" width="360" height="10"></iframe>
<script>
  window.heights = [];
  addEventListener('message', (e) => {
    if (e.origin === '${storyOrigin}' && e.data && e.data.type === 'prevalence-figure:height') {
      window.heights.push(e.data);
      document.getElementById('frame').height = e.data.height;
    }
  });
  window.apiResult = fetch('${storyOrigin}/api/v1/prevalence?lang=${TRANSLATED}').then((r) => r.json());
</script></body></html>`;

beforeAll(async () => {
  const port = await freePort();
  partnerOrigin = `http://127.0.0.1:${port}`;
  partner = createServer((req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(partnerPage(origin));
  });
  await new Promise<void>((resolve) => partner.listen(port, '127.0.0.1', resolve));
});

afterAll(async () => {
  await new Promise((resolve) => partner?.close(resolve));
});

describe('a partner page on another origin', () => {
  it(`fetches the API, renders <prevalence-figure lang="${TRANSLATED}"> in Khmer digits, and sizes the framed card`, async () => {
    expect(new URL(partnerOrigin).port).not.toBe(new URL(origin).port);
    const open = await openPage(browser());
    try {
      const { page } = open;
      await page.goto(partnerOrigin + '/');
      const dataset = await page.evaluate(
        () => (window as unknown as { apiResult: Promise<{ figures: { id: string; display: string }[] }> }).apiResult,
      );
      expect(dataset.figures.find((f) => f.id === 'minors-2012')?.display).toBe('៨,១៦%');

      await page.waitForFunction(() => document.querySelector('#wc')?.shadowRoot?.querySelector('.card__value')?.textContent);
      const value = await page.evaluate(() => document.querySelector('#wc')?.shadowRoot?.querySelector('.card__value')?.textContent);
      expect(value).toBe('២,២%');
      // No lang: the site's default language, never the fallback box for want of a label.
      await page.waitForFunction(() => document.querySelector('#wc-default')?.shadowRoot?.querySelector('.card__value')?.textContent);
      const fallbackValue = await page.evaluate(
        () => document.querySelector('#wc-default')?.shadowRoot?.querySelector('.card')?.getAttribute('lang') ?? '',
      );
      expect(fallbackValue).toBe(FALLBACK_LOCALE);

      await page.waitForFunction(() => (window as unknown as { heights: unknown[] }).heights.length > 0);
      const heights = await page.evaluate(() => (window as unknown as { heights: { figure: string; height: number }[] }).heights);
      expect(heights[0]?.figure).toBe('minors-change');
      expect(heights.at(-1)?.height).toBeGreaterThan(80);
      const frameHeight = await page.evaluate(() => (document.getElementById('frame') as HTMLIFrameElement).height);
      expect(Number(frameHeight)).toBe(heights.at(-1)?.height);
      const card = page.frameLocator('#frame').locator('.card__value');
      expect(await card.textContent()).toBe('៧៣%');
      expect(open.errors).toEqual([]);
    } finally {
      await open.close();
    }
  });
});
