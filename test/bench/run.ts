// `npm run bench`: the story against its floor (Lighthouse, mobile) and against a static asset
// of the same size (autocannon), on this machine. The floor is served with the story's headers,
// gzipped (see floor.ts). Medians of interleaved runs; JSON results in
// bench-results/. Timings live here, never in tests.
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { cpus, totalmem } from 'node:os';
import { gzipSync } from 'node:zlib';
import autocannon from 'autocannon';
import { launchChromium } from '../../scripts/support/chromium';
import { startWorker } from '../../scripts/support/worker-server';
import { barePage, serveFloor } from './floor';
import { runLighthouse, type LighthouseRun } from './lighthouse';
import { scrollRun, type ScrollRun } from './scroll';
import { FALLBACK_LOCALE, LOCALES } from '../../worker/i18n/locales';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const LOAD_SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 10);
const CONNECTIONS = 10;
const SCROLL_RUNS = 3;
// Every language's story page, read from the registry; the load test uses the source language's.
const PATHS = LOCALES.map((l) => `/${l}/`);
const SOURCE_PATH = `/${FALLBACK_LOCALE}/`;
// Under /assets/, so the Worker hands it to the asset server as it does every static file; asked
// for without .html, which the asset server would answer with a redirect.
const STATIC_COPY = 'dist/public/assets/bench-static.html';
const STATIC_COPY_URL = '/assets/bench-static';

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? NaN) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};

function summarize(runs: LighthouseRun[]) {
  return {
    performance: median(runs.map((r) => r.performance)),
    cls: median(runs.map((r) => r.cls)),
    tbt: median(runs.map((r) => r.tbt)),
    lcp: median(runs.map((r) => r.lcp)),
    fcp: median(runs.map((r) => r.fcp)),
    runs,
  };
}

async function load(url: string) {
  const r = await autocannon({ url, connections: CONNECTIONS, duration: LOAD_SECONDS, timeout: 10 });
  // A ratio against redirects or errors would mean nothing.
  if (r.non2xx > 0 || r.errors + r.timeouts > 0) throw new Error(`${url}: ${r.non2xx} non-2xx, ${r.errors} errors, ${r.timeouts} timeouts`);
  return { rps: r.requests.average, p99: r.latency.p99, errors: r.errors + r.timeouts, non2xx: r.non2xx };
}

async function main(): Promise<void> {
  const chromium = await launchChromium();
  const browserVersion = chromium.version;
  await chromium.browser.close();

  const story = await fetchStoryHtml();
  // A static asset of exactly the story's size, served by the same wrangler dev.
  await writeFile(STATIC_COPY, story.html[SOURCE_PATH]!);
  const worker = await startWorker();
  const floor = await serveFloor(Object.fromEntries(PATHS.map((p) => [p, { html: barePage(story.html[p]!), headers: story.headers[p]! }])));
  const results: Record<string, unknown> = {};
  try {
    const bytes = Object.fromEntries(
      PATHS.map((p) => [p, { raw: Buffer.byteLength(story.html[p]!), gzip: gzipSync(story.html[p]!).length }]),
    ) as Record<string, { raw: number; gzip: number }>;
    const lighthouse: Record<string, { page: LighthouseRun[]; floor: LighthouseRun[] }> = Object.fromEntries(
      PATHS.map((p) => [p, { page: [], floor: [] }]),
    );
    for (let i = 0; i < RUNS; i++) {
      for (const path of PATHS) {
        lighthouse[path]!.page.push(await runLighthouse(worker.origin + path));
        lighthouse[path]!.floor.push(await runLighthouse(floor.origin + path));
        process.stdout.write('.');
      }
    }
    const loadRuns: { story: Awaited<ReturnType<typeof load>>[]; asset: Awaited<ReturnType<typeof load>>[] } = { story: [], asset: [] };
    for (let i = 0; i < RUNS; i++) {
      loadRuns.story.push(await load(worker.origin + SOURCE_PATH));
      // Static Assets serves foo.html at /foo (a request for /foo.html is redirected there).
      loadRuns.asset.push(await load(worker.origin + STATIC_COPY_URL));
      process.stdout.write('.');
    }
    const scrolling: Record<string, ScrollRun[]> = Object.fromEntries(PATHS.map((p) => [p, []]));
    const scroller = await launchChromium();
    try {
      for (let i = 0; i < SCROLL_RUNS; i++) {
        for (const path of PATHS) scrolling[path]!.push(await scrollRun(scroller.browser, worker.origin + path));
        process.stdout.write('.');
      }
    } finally {
      await scroller.browser.close();
    }
    console.log('\n');

    const rows: string[][] = [['page', 'bytes (gzip)', 'perf', 'floor perf', 'CLS', 'TBT ms (floor)', 'LCP ms (floor)', 'LCP ratio']];
    const summary: Record<string, unknown> = {};
    for (const path of PATHS) {
      const page = summarize(lighthouse[path]!.page);
      const base = summarize(lighthouse[path]!.floor);
      const lcpRatio = page.lcp / base.lcp;
      summary[path] = { bytes: bytes[path], page, floor: base, lcpRatio, tbtOverFloor: page.tbt - base.tbt };
      rows.push([
        path,
        `${bytes[path]!.raw} (${bytes[path]!.gzip})`,
        String(page.performance),
        String(base.performance),
        page.cls.toFixed(3),
        `${page.tbt.toFixed(0)} (${base.tbt.toFixed(0)})`,
        `${page.lcp.toFixed(0)} (${base.lcp.toFixed(0)})`,
        lcpRatio.toFixed(2),
      ]);
    }
    const storyRps = median(loadRuns.story.map((r) => r.rps));
    const assetRps = median(loadRuns.asset.map((r) => r.rps));
    const loadSummary = {
      storyRps,
      assetRps,
      ratio: storyRps / assetRps,
      storyP99: median(loadRuns.story.map((r) => r.p99)),
      assetP99: median(loadRuns.asset.map((r) => r.p99)),
      errors: [...loadRuns.story, ...loadRuns.asset].reduce((n, r) => n + r.errors + r.non2xx, 0),
    };
    for (const row of rows) console.log(row.map((c, i) => (i === 0 ? c.padEnd(6) : c.padStart(16))).join(''));
    console.log(
      `\nload (${CONNECTIONS} connections × ${LOAD_SECONDS} s, median of ${RUNS}): ${SOURCE_PATH} ${storyRps.toFixed(0)} req/s (p99 ${loadSummary.storyP99} ms), ` +
        `same-size static asset ${assetRps.toFixed(0)} req/s (p99 ${loadSummary.assetP99} ms), ratio ${loadSummary.ratio.toFixed(2)}, errors ${loadSummary.errors}`,
    );
    const scrollSummary: Record<string, { longTasks: number; longestTask: number; runs: ScrollRun[] }> = {};
    for (const path of PATHS) {
      const runs = scrolling[path]!;
      scrollSummary[path] = {
        longTasks: median(runs.map((r) => r.longTasks)),
        longestTask: Math.max(...runs.map((r) => r.longestTask)),
        runs,
      };
    }
    console.log(
      `scrolling to the end and back (4× CPU, 412×823, ${SCROLL_RUNS} runs): ` +
        PATHS.map(
          (p) =>
            `${p} ${scrollSummary[p]!.longTasks} long tasks (median; per run ${scrolling[p]!.map((r) => r.longTasks).join(', ')}; longest ${scrollSummary[p]!.longestTask} ms)`,
        ).join(', '),
    );
    const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, Chromium ${browserVersion}`;
    console.log(`machine: ${machine}`);
    Object.assign(results, {
      date: new Date().toISOString(),
      machine,
      runs: RUNS,
      lighthouse: summary,
      load: { ...loadSummary, runs: loadRuns },
      scrolling: scrollSummary,
    });
  } finally {
    await floor.close();
    await worker.stop();
    await rm(STATIC_COPY, { force: true });
  }
  await mkdir('bench-results', { recursive: true });
  const file = `bench-results/bench-${new Date().toISOString().replace(/[:.]/g, '-')}.json`;
  await writeFile(file, JSON.stringify(results, null, 2) + '\n');
  console.log(`results: ${file}`);
}

async function fetchStoryHtml(): Promise<{ html: Record<string, string>; headers: Record<string, Headers> }> {
  const worker = await startWorker();
  try {
    const responses = await Promise.all(PATHS.map((p) => fetch(worker.origin + p)));
    if (!responses.every((r) => r.ok)) throw new Error('the story pages did not load');
    const html: Record<string, string> = {};
    const headers: Record<string, Headers> = {};
    for (const [i, p] of PATHS.entries()) ((html[p] = await responses[i]!.text()), (headers[p] = responses[i]!.headers));
    return { html, headers };
  } finally {
    await worker.stop();
  }
}

await main();
