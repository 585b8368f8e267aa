// `npm run load`: autocannon on loopback against the real Worker under `wrangler dev`.
// Bounded: LOAD_CONNECTIONS (default 50) connections for LOAD_SECONDS (default 20) per route,
// then a spike: SPIKE_CONNECTIONS (default 200) connections, reached in steps over the first
// SPIKE_RAMP_SECONDS (8) and held to SPIKE_SECONDS (20), over the story, a figure page, the API
// and an embed card at once. `npm run load -- --spike` runs the spike alone.
// Fails on any error, timeout or unexpected status.
import autocannon from 'autocannon';
import assets from '../worker/generated/assets.json' with { type: 'json' };
import { startWorker } from './support/worker-server';

const connections = Number(process.env.LOAD_CONNECTIONS ?? 50);
const duration = Number(process.env.LOAD_SECONDS ?? 20);

export const LOAD_ROUTES = ['/en/', '/km/', '/api/v1/prevalence', assets.script];

export interface LoadResult {
  path: string;
  requestsPerSecond: number;
  p99: number;
  errors: number;
  unexpected: number;
}

export async function loadRoute(origin: string, path: string, seconds = duration): Promise<LoadResult> {
  const result = await autocannon({ url: origin + path, connections, duration: seconds, timeout: 10 });
  return {
    path,
    requestsPerSecond: result.requests.average,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    unexpected: result.non2xx,
  };
}

export const SPIKE_ROUTES = ['/en/', '/en/f/minors-2015', '/api/v1/prevalence', '/embed/minors-2015?lang=km'];

export interface SpikeOptions {
  connections: number;
  seconds: number;
  rampSeconds: number;
  /** Connections arrive in this many equal steps. */
  steps: number;
}

export interface SpikeResult {
  path: string;
  requests: number;
  p50: number;
  p99: number;
  errors: number;
  unexpected: number;
}

/** The value below which `q` of the sorted samples fall (nearest rank). */
export function percentile(sorted: number[], q: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? NaN;
}

/** Splits `total` into `parts` whole numbers that differ by at most one. */
export function split(total: number, parts: number): number[] {
  return Array.from({ length: parts }, (_, i) => Math.floor(total / parts) + (i < total % parts ? 1 : 0));
}

/**
 * Every route gets its share of each step's connections, so each has its own exact latencies;
 * a step that starts later runs shorter, so all stop together at `seconds`.
 */
export async function spike(origin: string, options: SpikeOptions, routes = SPIKE_ROUTES): Promise<SpikeResult[]> {
  const samples = new Map(routes.map((path) => [path, [] as number[]]));
  const tallies = new Map(routes.map((path) => [path, { errors: 0, unexpected: 0 }]));
  const runs: Array<Promise<void>> = [];
  const stepConnections = split(options.connections, options.steps);
  for (const [step, connectionsThisStep] of stepConnections.entries()) {
    const startAt = Math.round((step * options.rampSeconds * 1000) / Math.max(1, options.steps));
    const perRoute = split(connectionsThisStep, routes.length);
    runs.push(
      new Promise<void>((resolve) => setTimeout(resolve, startAt)).then(async () => {
        await Promise.all(
          routes.map(async (path, i) => {
            if (!perRoute[i]) return;
            const instance = autocannon({
              url: origin + path,
              connections: perRoute[i],
              duration: options.seconds - startAt / 1000,
              timeout: 10,
            });
            instance.on('response', (_client, _status, _bytes, ms) => samples.get(path)?.push(ms));
            const result = await instance;
            const tally = tallies.get(path);
            if (tally) {
              tally.errors += result.errors + result.timeouts;
              tally.unexpected += result.non2xx;
            }
          }),
        );
      }),
    );
  }
  await Promise.all(runs);
  const summarise = (path: string, times: number[], errors: number, unexpected: number): SpikeResult => {
    const sorted = [...times].sort((a, b) => a - b);
    return { path, requests: sorted.length, p50: percentile(sorted, 0.5), p99: percentile(sorted, 0.99), errors, unexpected };
  };
  const perRoute = routes.map((path) =>
    summarise(path, samples.get(path) ?? [], tallies.get(path)?.errors ?? 0, tallies.get(path)?.unexpected ?? 0),
  );
  const all = summarise(
    'all',
    [...samples.values()].flat(),
    perRoute.reduce((n, r) => n + r.errors, 0),
    perRoute.reduce((n, r) => n + r.unexpected, 0),
  );
  return [...perRoute, all];
}

async function probe(origin: string, paths: string[]): Promise<void> {
  for (const path of paths) {
    const res = await fetch(origin + path);
    if (!res.ok) throw new Error(`${path} answered ${res.status} before the load started`);
    await res.arrayBuffer();
  }
}

async function main(): Promise<void> {
  const spikeOnly = process.argv.includes('--spike');
  const spikeOptions: SpikeOptions = {
    connections: Number(process.env.SPIKE_CONNECTIONS ?? 200),
    seconds: Number(process.env.SPIKE_SECONDS ?? 20),
    rampSeconds: Number(process.env.SPIKE_RAMP_SECONDS ?? 8),
    steps: 4,
  };
  const worker = await startWorker();
  const results: LoadResult[] = [];
  let spikeResults: SpikeResult[] = [];
  try {
    if (!spikeOnly) {
      for (const path of LOAD_ROUTES) {
        await probe(worker.origin, [path]);
        results.push(await loadRoute(worker.origin, path));
      }
    }
    await probe(worker.origin, SPIKE_ROUTES);
    spikeResults = await spike(worker.origin, spikeOptions);
  } finally {
    await worker.stop();
  }
  if (results.length > 0) {
    console.log(`\n${connections} connections × ${duration} s per route, wrangler dev on ${worker.origin}\n`);
    console.log('route'.padEnd(34) + 'req/s'.padStart(9) + 'p99 ms'.padStart(9) + 'errors'.padStart(8) + 'non-2xx'.padStart(9));
    for (const r of results) {
      console.log(
        r.path.padEnd(34) +
          r.requestsPerSecond.toFixed(0).padStart(9) +
          String(r.p99).padStart(9) +
          String(r.errors).padStart(8) +
          String(r.unexpected).padStart(9),
      );
    }
  }
  const { connections: peak, seconds, rampSeconds, steps } = spikeOptions;
  console.log(`\nspike: ramp to ${peak} connections in ${steps} steps over ${rampSeconds} s, ${seconds} s in all, on ${worker.origin}\n`);
  console.log(
    'route'.padEnd(34) +
      'requests'.padStart(10) +
      'req/s'.padStart(8) +
      'p50 ms'.padStart(9) +
      'p99 ms'.padStart(9) +
      'errors'.padStart(8) +
      'non-2xx'.padStart(9),
  );
  for (const r of spikeResults) {
    console.log(
      r.path.padEnd(34) +
        String(r.requests).padStart(10) +
        (r.requests / seconds).toFixed(0).padStart(8) +
        r.p50.toFixed(1).padStart(9) +
        r.p99.toFixed(1).padStart(9) +
        String(r.errors).padStart(8) +
        String(r.unexpected).padStart(9),
    );
  }
  const spiked = spikeResults.filter((r) => r.path !== 'all');
  const failed = [...results, ...spiked].filter((r) => r.errors > 0 || r.unexpected > 0 || ('requests' in r && r.requests === 0));
  if (failed.length > 0) {
    console.error(`\nload: ${failed.length} route(s) had errors or unexpected statuses`);
    process.exit(1);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
