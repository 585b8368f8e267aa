// `npm run load`: autocannon on loopback against the real Worker under `wrangler dev`.
// Bounded: LOAD_CONNECTIONS (default 50) connections for LOAD_SECONDS (default 20) per route.
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

async function main(): Promise<void> {
  const worker = await startWorker();
  const results: LoadResult[] = [];
  try {
    for (const path of LOAD_ROUTES) {
      const probe = await fetch(worker.origin + path);
      if (!probe.ok) throw new Error(`${path} answered ${probe.status} before the load started`);
      results.push(await loadRoute(worker.origin, path));
    }
  } finally {
    await worker.stop();
  }
  console.log(`\n${connections} connections × ${duration} s per route, wrangler dev on ${worker.origin}\n`);
  console.log('route'.padEnd(34) + 'req/s'.padStart(9) + 'p99 ms'.padStart(9) + 'errors'.padStart(8) + 'non-2xx'.padStart(9));
  for (const r of results) {
    console.log(r.path.padEnd(34) + r.requestsPerSecond.toFixed(0).padStart(9) + String(r.p99).padStart(9) + String(r.errors).padStart(8) + String(r.unexpected).padStart(9));
  }
  const failed = results.filter((r) => r.errors > 0 || r.unexpected > 0);
  if (failed.length > 0) {
    console.error(`\nload: ${failed.length} route(s) had errors or unexpected statuses`);
    process.exit(1);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
