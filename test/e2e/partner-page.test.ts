// A partner's page on another origin, with the data page's code blocks pasted verbatim, while
// the Worker is healthy, slow and stopped, at a phone's and a desktop's width.
//
// What is simulated: the Worker under `wrangler dev` writes its own origin into the code, so the
// pasted blocks are pointed at a proxy on loopback that stands in for the public origin. The
// proxy forwards to the same Worker, rewrites the Worker's origin to its own in what it returns
// (as the public origin would appear in production), and can hold every response for 6 s.
// "Stopped" points the blocks at a loopback port where nothing listens. Production adds the
// Workers Cache (stale-if-error) in front, which this test does not exercise.
import { createServer, request, type IncomingMessage, type Server } from 'node:http';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../scripts/support/worker-server';
import { LOCALES } from '../../worker/i18n/locales';
import { message } from '../../worker/i18n/messages';
import { SOURCE } from '../support/locales';
import { forgetErrors, openPage, useBrowser, type WatchedPage } from './page';

const { browser, origin } = useBrowser();

const FIGURES = ['minors-2015', 'minors-change', 'victims-rescued'];
const WIDTHS = [390, 1280];
const SLOW_MS = 6_000;
/** Said when a card no longer has the height the code reserves for it (its text or style changed). */
const REMEASURE = 'the card changed height: npm run build && npx tsx scripts/measure-embed-heights.ts';

interface Snippets {
  figure: string;
  lang: string;
  iframe: string;
  component: string;
}

const servers: Server[] = [];
let partnerOrigin: string;
const partnerPages = new Map<string, string>();
const snippets: Snippets[] = [];
let healthyOrigin: string;
let slowOrigin: string;
let foreignLinksOrigin: string;
let stoppedOrigin: string;

function unescapeHtml(html: string): string {
  return html
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

/** The text of the data page's code block with this id, as a partner would copy it. */
function codeBlock(html: string, id: string): string {
  const match = new RegExp(`<pre id="${id}"[^>]*><code>([\\s\\S]*?)</code></pre>`).exec(html);
  if (!match) throw new Error(`no code block #${id}`);
  return unescapeHtml(match[1]!);
}

async function listen(server: Server): Promise<string> {
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  servers.push(server);
  return `http://127.0.0.1:${port}`;
}

/** A stand-in for the public origin in front of the Worker: optionally slow, optionally not rewriting links. */
async function startProxy({ delayMs, rewrite }: { delayMs: number; rewrite: boolean }): Promise<string> {
  const target = new URL(origin);
  let self = '';
  const server = createServer((req, res) => {
    const forward = request(
      {
        host: target.hostname,
        port: target.port,
        path: req.url,
        method: req.method,
        headers: { ...req.headers, host: target.host, 'accept-encoding': 'identity' },
      },
      (upstream: IncomingMessage) => {
        const chunks: Buffer[] = [];
        upstream.on('data', (c: Buffer) => chunks.push(c));
        upstream.on('end', () => {
          let body = Buffer.concat(chunks);
          const type = String(upstream.headers['content-type'] ?? '');
          if (rewrite && /json|html|javascript|css/.test(type)) body = Buffer.from(body.toString('utf8').replaceAll(origin, self));
          const headers = { ...upstream.headers };
          delete headers['content-length'];
          delete headers['transfer-encoding'];
          setTimeout(() => {
            res.writeHead(upstream.statusCode ?? 502, headers);
            res.end(body);
          }, delayMs);
        });
      },
    );
    forward.on('error', () => {
      res.writeHead(502);
      res.end();
    });
    req.pipe(forward);
  });
  self = await listen(server);
  return self;
}

// Sums the page's layout shifts, and says what moved, for the failure message.
const CLS_OBSERVER = `<script>
window.layoutShift = { value: 0, moved: [] };
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) {
    if (e.hadRecentInput) continue;
    window.layoutShift.value += e.value;
    for (const s of e.sources) window.layoutShift.moved.push((s.node && s.node.outerHTML || '?').slice(0, 120) + ' ' + JSON.stringify([s.previousRect.y, s.currentRect.y]));
  }
}).observe({ type: 'layout-shift', buffered: true });
</script>`;

/** A partner's article with the blocks pasted between its own paragraphs. */
function partnerPage(lang: string, blocks: string[], head = ''): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Partner newsroom</title>${CLS_OBSERVER}${head}</head><body>
<h1 id="partner-title">Partner newsroom</h1>
<p id="partner-lede">The partner's own reporting, readable before any embed loads.</p>
${blocks.map((b, i) => `<section class="embed" id="embed-${i}">\n${b}\n</section>\n<p>Paragraph ${i} of the partner's article.</p>`).join('\n')}
</body></html>`;
}

function addPartnerPage(html: string): string {
  const id = String(partnerPages.size);
  partnerPages.set(id, html);
  return `${partnerOrigin}/${id}`;
}

function pageFor(lang: string, siteOrigin: string): string {
  const blocks = snippets
    .filter((s) => s.lang === lang)
    .flatMap((s) => [s.iframe, s.component].map((code) => code.replaceAll(origin, siteOrigin)));
  return addPartnerPage(partnerPage(lang, blocks));
}

beforeAll(async () => {
  for (const lang of LOCALES) {
    for (const figure of FIGURES) {
      const html = await (await fetch(`${origin}/${lang}/data?figure=${figure}&lang=${lang}`)).text();
      snippets.push({ figure, lang, iframe: codeBlock(html, 'code-iframe'), component: codeBlock(html, 'code-component') });
    }
  }
  partnerOrigin = await listen(
    createServer((req, res) => {
      if (req.url === '/favicon.ico') return void res.writeHead(204).end();
      const html = partnerPages.get((req.url ?? '/').slice(1));
      res.writeHead(html ? 200 : 404, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(html ?? 'not found');
    }),
  );
  healthyOrigin = await startProxy({ delayMs: 0, rewrite: true });
  slowOrigin = await startProxy({ delayMs: SLOW_MS, rewrite: true });
  foreignLinksOrigin = await startProxy({ delayMs: 0, rewrite: false });
  stoppedOrigin = `http://127.0.0.1:${await freePort()}`;
});

afterAll(async () => {
  for (const server of servers) await new Promise((resolve) => server.close(resolve));
});

interface EmbedState {
  kind: 'iframe' | 'component';
  /** The height the pasted code reserved. */
  reserved: number;
  /** The block's box on the partner's page (the section it was pasted into). */
  height: number;
  /** What a reader sees: the card, the fallback, or neither (a broken or empty box). */
  showing: 'card' | 'fallback' | 'nothing';
  fallbackText: string;
}

/** What each pasted embed shows right now. */
function embedStates(page: Page): Promise<EmbedState[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('section.embed')].map((section): EmbedState => {
      const frame = section.querySelector('iframe');
      if (frame) {
        const box = frame.parentElement!;
        const fallback = box.querySelector('p')!;
        const frameShown = getComputedStyle(frame).visibility === 'visible';
        const fallbackShown = getComputedStyle(fallback).visibility === 'visible' && fallback.getBoundingClientRect().height > 0;
        return {
          kind: 'iframe',
          reserved: Number(/height="(\d+)"/.exec(frame.outerHTML)?.[1]),
          height: section.getBoundingClientRect().height,
          showing: frameShown ? 'card' : fallbackShown ? 'fallback' : 'nothing',
          fallbackText: fallback.textContent ?? '',
        };
      }
      const el = section.querySelector<HTMLElement>('prevalence-figure')!;
      const fallback = el.querySelector('p')!;
      const card = el.shadowRoot?.querySelector('.card__value')?.textContent;
      return {
        kind: 'component',
        reserved: parseFloat(fallback.style.minHeight),
        height: section.getBoundingClientRect().height,
        showing: card ? 'card' : fallback.checkVisibility() && fallback.getBoundingClientRect().height > 0 ? 'fallback' : 'nothing',
        fallbackText: fallback.textContent ?? '',
      };
    }),
  );
}

async function openAt(width: number): Promise<WatchedPage> {
  return openPage(browser(), { viewport: { width, height: 844 } });
}

/** Loads the partner page, checking that its own content was there at DOMContentLoaded. */
async function gotoPartner(page: Page, url: string): Promise<number> {
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  expect(await page.locator('#partner-lede').isVisible()).toBe(true);
  return page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventEnd);
}

/** Scrolls every embed into view, so lazy frames load, then back to the top. */
async function visitEmbeds(page: Page): Promise<void> {
  for (const section of await page.locator('section.embed').all()) await section.scrollIntoViewIfNeeded();
  await page.evaluate(() => window.scrollTo(0, 0));
}

async function expectNoLayoutShift(page: Page): Promise<void> {
  const { value, moved } = await page.evaluate(
    () => (window as unknown as { layoutShift: { value: number; moved: string[] } }).layoutShift,
  );
  expect(value, moved.join('\n')).toBe(0);
}
const apiRequests = (requests: string[]) => requests.filter((u) => u.includes('/api/v1/prevalence/'));

describe.each(LOCALES)('a partner page in %s with the data page code pasted verbatim', (lang) => {
  it.each(WIDTHS)(
    'Worker healthy, %i px: every embed renders its card at its reserved size, the page shifts 0, one API request per component',
    async (width) => {
      const open = await openAt(width);
      try {
        const { page } = open;
        const requests: string[] = [];
        page.on('request', (r) => requests.push(r.url()));
        await gotoPartner(page, pageFor(lang, healthyOrigin));
        await visitEmbeds(page);
        await page.waitForFunction(() => {
          const frames = [...document.querySelectorAll('iframe')];
          const cards = [...document.querySelectorAll('prevalence-figure')].map((el) => el.shadowRoot?.querySelector('.card'));
          return frames.every((f) => getComputedStyle(f).visibility === 'visible') && cards.every(Boolean);
        });
        // The Khmer webfont is the last thing to arrive in either kind of embed.
        await page.evaluate(() => document.fonts.ready);
        for (const frame of page.frames().filter((f) => f !== page.mainFrame())) await frame.evaluate(() => document.fonts.ready);

        const states = await embedStates(page);
        expect(states).toHaveLength(FIGURES.length * 2);
        for (const state of states) {
          expect(state.showing).toBe('card');
          expect(state.reserved).toBeGreaterThan(0);
          expect(state.height, REMEASURE).toBe(state.reserved);
        }
        // The reserved height is the card's own, not just an upper bound: it fits within one line.
        for (const frame of page.frames().filter((f) => f !== page.mainFrame())) {
          const { natural, frameHeight, line } = await frame.evaluate(() => {
            const card = document.querySelector<HTMLElement>('[data-figure]')!;
            card.style.minHeight = '0';
            const natural = card.getBoundingClientRect().bottom + parseFloat(getComputedStyle(document.body).paddingBottom);
            card.style.minHeight = '';
            return {
              natural,
              frameHeight: window.innerHeight,
              line: parseFloat(getComputedStyle(card.querySelector('.card__detail')!).lineHeight),
            };
          });
          expect(natural, REMEASURE).toBeLessThanOrEqual(frameHeight);
          expect(frameHeight - natural, REMEASURE).toBeLessThan(line);
        }
        await expectNoLayoutShift(page);

        const api = apiRequests(requests);
        expect(api).toHaveLength(FIGURES.length);
        for (const figure of FIGURES) expect(api.filter((u) => u.includes(`/prevalence/${figure}?lang=${lang}`))).toHaveLength(1);
        expect(open.errors).toEqual([]);
      } finally {
        await open.close();
      }
    },
  );

  it('Worker slow (every response held 6 s): the partner content is there at once, the fallbacks show, then the cards replace them without a shift', async () => {
    await Promise.all(
      WIDTHS.map(async (width) => {
        const open = await openAt(width);
        try {
          const { page } = open;
          const requests: string[] = [];
          page.on('request', (r) => requests.push(r.url()));
          const domContentLoaded = await gotoPartner(page, pageFor(lang, slowOrigin));
          // `async`, not `defer`: the held script does not hold the partner's DOMContentLoaded.
          expect(domContentLoaded).toBeLessThan(SLOW_MS / 2);
          for (const state of await embedStates(page)) {
            expect(state.showing).toBe('fallback');
            expect(state.fallbackText).toContain(message(lang, 'embed.credit'));
            expect(state.height).toBe(state.reserved);
          }
          await visitEmbeds(page);
          await page.waitForFunction(
            () =>
              [...document.querySelectorAll('iframe')].every((f) => getComputedStyle(f).visibility === 'visible') &&
              [...document.querySelectorAll('prevalence-figure')].every((el) => el.shadowRoot?.querySelector('.card')),
            undefined,
            { timeout: 60_000 },
          );
          for (const state of await embedStates(page)) {
            expect(state.showing).toBe('card');
            expect(state.height).toBe(state.reserved);
          }
          await expectNoLayoutShift(page);
          expect(apiRequests(requests)).toHaveLength(FIGURES.length);
          expect(open.errors).toEqual([]);
        } finally {
          await open.close();
        }
      }),
    );
  });

  it.each(WIDTHS)(
    'Worker stopped, %i px: every embed keeps its fallback, no frame shows an error page, the page shifts 0',
    async (width) => {
      // embed.js cannot load either, so the elements stay undefined and show their children.
      const open = await openAt(width);
      try {
        const { page } = open;
        const requests: string[] = [];
        page.on('request', (r) => requests.push(r.url()));
        await gotoPartner(page, pageFor(lang, stoppedOrigin));
        await visitEmbeds(page);
        await page.waitForLoadState('load');
        for (const state of await embedStates(page)) {
          expect(state.showing).toBe('fallback');
          expect(state.height).toBe(state.reserved);
        }
        await expectNoLayoutShift(page);
        expect(apiRequests(requests)).toHaveLength(0);
        forgetErrors(open, (e) => e.includes('ERR_CONNECTION_REFUSED'));
        expect(open.errors).toEqual([]);
      } finally {
        await open.close();
      }
    },
  );
});

describe('the web component', () => {
  it('finds its site when loaded as a module, keeps its fallback for an unsupported lang (with a warning naming the supported ones) and for an answer whose links leave its site', async () => {
    const open = await openAt(1280);
    try {
      const { page } = open;
      const warnings: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'warning') warnings.push(m.text());
      });
      const requests: string[] = [];
      page.on('request', (r) => requests.push(r.url()));
      const element = (figure: string, lang: string, id: string) =>
        `<prevalence-figure id="${id}" figure="${figure}" lang="${lang}"><p>${id} fallback</p></prevalence-figure>`;
      const url = addPartnerPage(
        partnerPage(
          SOURCE,
          [element('minors-2015', SOURCE, 'module'), element('minors-2015', 'zz', 'unsupported')],
          `<script type="module" src="${healthyOrigin}/embed.js"></script>`,
        ),
      );
      await gotoPartner(page, url);
      await page.waitForFunction(() => document.querySelector('#module')?.shadowRoot?.querySelector('.card__value'));
      await page.waitForFunction(
        () =>
          document.querySelector('#unsupported')?.hasAttribute('data-error') ||
          document.querySelector('#unsupported')?.shadowRoot?.querySelector('slot'),
      );
      await expect.poll(() => warnings.some((w) => w.includes('lang="zz"'))).toBe(true);
      const warning = warnings.find((w) => w.includes('lang="zz"'))!;
      for (const locale of LOCALES) expect(warning).toContain(locale);
      expect(await page.locator('#unsupported p').isVisible()).toBe(true);
      expect(await page.evaluate(() => document.querySelector('#unsupported')!.shadowRoot!.querySelector('.card'))).toBeNull();
      expect(apiRequests(requests).every((u) => u.startsWith(healthyOrigin))).toBe(true);
      forgetErrors(open, (e) => e.includes('400'));
      expect(open.errors).toEqual([]);

      const foreign = addPartnerPage(
        partnerPage(SOURCE, [element('minors-2015', SOURCE, 'foreign')], `<script src="${foreignLinksOrigin}/embed.js" async></script>`),
      );
      await gotoPartner(page, foreign);
      await page.waitForFunction(() => document.querySelector('#foreign')?.hasAttribute('data-error'));
      expect(await page.locator('#foreign p').isVisible()).toBe(true);
    } finally {
      await open.close();
    }
  });
});

describe("the iframe code's resize script", () => {
  it('resizes its own frame only, from the public origin only, to a whole number of pixels within bounds only', async () => {
    const open = await openAt(390);
    try {
      const { page } = open;
      const [first] = snippets.filter((s) => s.lang === LOCALES[0]);
      // Another frame on the page, on the partner's own origin, that tries to take over the page.
      const intruder = addPartnerPage('<!doctype html><title>intruder</title><p>ad</p>');
      const url = addPartnerPage(
        partnerPage(LOCALES[0]!, [
          first!.iframe.replaceAll(origin, healthyOrigin),
          `<iframe id="intruder" src="${intruder}" title="ad" width="300" height="150"></iframe>`,
        ]),
      );
      await gotoPartner(page, url);
      const card = page.locator('section.embed iframe').first();
      await page.waitForFunction(() => getComputedStyle(document.querySelector('section.embed iframe')!).visibility === 'visible');
      const reserved = Number(await card.getAttribute('height'));
      const cardFrame = page.frames().find((f) => f.url().startsWith(`${healthyOrigin}/embed/`))!;
      const intruderFrame = page.frames().find((f) => f.url() === intruder)!;

      await page.evaluate(() => {
        const frame = document.querySelector('section.embed iframe')!;
        const w = window as unknown as { heightsSet: (string | null)[] };
        w.heightsSet = [];
        new MutationObserver((records) => w.heightsSet.push(...records.map(() => frame.getAttribute('height')))).observe(frame, {
          attributeFilter: ['height'],
        });
      });
      const post = (frame: typeof cardFrame, height: unknown) =>
        frame.evaluate((h) => parent.postMessage({ type: 'prevalence-figure:height', figure: 'x', height: h }, '*'), height);
      await post(intruderFrame, 99_999);
      await post(intruderFrame, 300);
      for (const height of [99_999, 2001, 99, 150.5, '300', null]) await post(cardFrame, height);
      await post(cardFrame, reserved + 40);
      await page.waitForFunction(
        (h) => document.querySelector('section.embed iframe')!.getAttribute('height') === String(h),
        reserved + 40,
      );
      // Every height the frame took: its own reserved one (the card re-posting it) and the one valid message.
      const taken = await page.evaluate(() => (window as unknown as { heightsSet: string[] }).heightsSet);
      expect(new Set(taken)).toEqual(new Set([String(reserved + 40), ...(taken.includes(String(reserved)) ? [String(reserved)] : [])]));
      expect(await page.locator('#intruder').getAttribute('height')).toBe('150');
      expect(open.errors).toEqual([]);
    } finally {
      await open.close();
    }
  });

  // A CMS that inserts the code with innerHTML (which runs no script) and then re-runs each script
  // by copying it: into <body>, into <head>, or in place. A sanitizer has also stripped both
  // blocks' wrappers, so they share one parent, after the partner's own video frame.
  it.each(['body', 'head', 'place'] as const)(
    'inserted with innerHTML and its scripts re-run in %s: only the two card frames change, and nothing throws',
    async (where) => {
      const open = await openAt(390);
      try {
        const { page } = open;
        const video = addPartnerPage('<!doctype html><title>video</title><p>video</p>');
        const url = addPartnerPage(
          partnerPage(LOCALES[0]!, [
            `<iframe id="video" src="${video}" title="video" width="300" height="170"></iframe><div id="cms"></div>`,
          ]),
        );
        await gotoPartner(page, url);
        const blocks = snippets
          .filter((s) => s.lang === LOCALES[0])
          .slice(0, 2)
          .map((s) => s.iframe.replaceAll(origin, healthyOrigin));
        await page.evaluate(
          ({ blocks, where }) => {
            const cms = document.getElementById('cms')!;
            // The sanitizer keeps each block's children and drops its wrapper <div>.
            const stripped = blocks.map((b) => {
              const t = document.createElement('template');
              t.innerHTML = b;
              return (t.content.firstElementChild as HTMLElement).innerHTML;
            });
            cms.innerHTML = stripped.join('\n');
            for (const old of [...cms.querySelectorAll('script')]) {
              const copy = document.createElement('script');
              copy.textContent = old.textContent;
              if (where === 'place') old.replaceWith(copy);
              else (where === 'head' ? document.head : document.body).appendChild(copy);
            }
          },
          { blocks, where },
        );
        await page.waitForFunction(
          () =>
            [...document.querySelectorAll<HTMLElement>('#cms iframe')].every(
              (f) => f.style.visibility === '' && f.hasAttribute('data-claimed'),
            ),
          undefined,
          { timeout: 15_000 },
        );
        const frames = await page.evaluate(() =>
          [...document.querySelectorAll<HTMLElement>('#cms iframe')].map((f) => ({
            src: f.getAttribute('src'),
            height: f.getAttribute('height'),
          })),
        );
        expect(new Set(frames.map((f) => f.src)).size).toBe(2);
        const videoNow = await page.evaluate(() => {
          const v = document.getElementById('video')!;
          return { style: v.getAttribute('style'), height: v.getAttribute('height'), claimed: v.hasAttribute('data-claimed') };
        });
        expect(videoNow).toEqual({ style: null, height: '170', claimed: false });
        expect(open.errors).toEqual([]);
      } finally {
        await open.close();
      }
    },
  );

  it('an oEmbed answer pasted with maxheight=150 never grows past 150 px (oEmbed §2.2)', async () => {
    const open = await openAt(390);
    try {
      const { page } = open;
      // The answer is asked of the proxy for a URL on the Worker's own origin, which the proxy rewrites to its own.
      const storyUrl = `${origin}/${LOCALES[0]}/f/${FIGURES[0]}`;
      const answer = (await (
        await fetch(`${healthyOrigin}/oembed?url=${encodeURIComponent(storyUrl)}&maxwidth=300&maxheight=150&format=json`)
      ).json()) as {
        html: string;
        height: number;
      };
      expect(answer.height).toBeLessThanOrEqual(150);
      await gotoPartner(page, addPartnerPage(partnerPage(LOCALES[0]!, [answer.html])));
      await page.waitForFunction(
        () => getComputedStyle(document.querySelector('section.embed iframe')!).visibility === 'visible',
        undefined,
        {
          timeout: 15_000,
        },
      );
      // The card has posted its own, taller height by now; give it a moment more to try again.
      await page.waitForTimeout(500);
      const box = await page.locator('section.embed iframe').boundingBox();
      expect(Number(await page.locator('section.embed iframe').getAttribute('height'))).toBeLessThanOrEqual(150);
      expect(box!.height).toBeLessThanOrEqual(150);
      expect(open.errors).toEqual([]);
    } finally {
      await open.close();
    }
  });
});
