// CPU per request in workerd itself, from the V8 inspector's sampling CPU profile.
// The Worker is what `wrangler deploy --dry-run --outdir` writes (every module it emits), run by
// Miniflare with the config wrangler derives from wrangler.toml (module rules, vars, assets).
// For each route kind, FRESH_RUNS fresh workerd instances; in each:
//   first  CPU of the first request to the new isolate, body read to the end
//   warm   CPU of the next WARM_RUNS requests to the same URL, profiled together, per request
// and the median of each over the instances.
// What counts as CPU: V8's sampler only ticks while the isolate is locked (workerd marks the
// locked-but-waiting time `(idle)`; unlocked time is a gap, charged to whichever sample comes
// next), so summing sample intervals overcounts. CPU = (samples not `(idle)`) × the sampler's
// period, the median interval over one unbroken busy stretch of a spin Worker (the validation).
// The sampler runs about every 0.1 ms here (asked for 0.05 ms), so one request is known to about
// ±0.1 ms; warm figures average many requests and are finer. Native work outside the isolate lock
// (body streaming, the asset server, Miniflare's entry Worker) is not in the profile.
// workerd evaluates the Worker's global scope when it loads the config, before an inspector can
// attach, so start-up is not measured here: `npm run bench:cpu` reports it from Node.
// Tail Worker trace items are no help locally: workerd reports cpuTime and wallTime as 0 there,
// even for a request that spins for 50 ms.
// Needs `npm run build` first.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Miniflare, compileModuleRules, convertV4MiniflareOptions, testRegExps } from 'miniflare';
import { unstable_getMiniflareWorkerOptions } from 'wrangler';
import { BENCH_ORIGIN, BENCH_ROUTES } from './support/bench-routes';

const ORIGIN = BENCH_ORIGIN;
const WARM_RUNS = 50;
const FRESH_RUNS = 3;
const SAMPLING_INTERVAL_US = 50;
const WORKER_NAME = 'bench';

/** The parts of a V8 `Profiler.Profile` read here. */
interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string } }[];
  samples: number[];
  timeDeltas: number[];
}

const OFFLINE_ENV = { ...process.env, WRANGLER_SEND_METRICS: 'false', CLOUDFLARE_CF_FETCH_ENABLED: 'false' };
Object.assign(process.env, OFFLINE_ENV);

/**
 * Samples taken while the isolate ran (not `(idle)`), and the gaps between consecutive ones: in a
 * busy stretch those gaps are the sampler's real period.
 */
function busySamples(profile: CpuProfile): { count: number; periodsUs: number[] } {
  const names = new Map(profile.nodes.map((node) => [node.id, node.callFrame.functionName]));
  const busy = profile.samples.map((id) => names.get(id) !== '(idle)' && names.get(id) !== '(root)');
  const periodsUs = profile.timeDeltas.filter((delta, i) => i > 0 && busy[i] && busy[i - 1]);
  return { count: busy.filter(Boolean).length, periodsUs };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** A minimal Chrome DevTools Protocol client over Node's global WebSocket. */
async function connectInspector(url: string) {
  const ws = new WebSocket(url);
  ws.binaryType = 'arraybuffer';
  await new Promise((resolve, reject) => {
    ws.onopen = resolve;
    ws.onerror = reject;
  });
  let nextId = 0;
  const pending = new Map<number, (message: { result?: unknown; error?: unknown }) => void>();
  ws.onmessage = (event) => {
    const text = typeof event.data === 'string' ? event.data : new TextDecoder().decode(event.data as ArrayBuffer);
    const message = JSON.parse(text) as { id?: number; result?: unknown; error?: unknown };
    if (message.id !== undefined) pending.get(message.id)?.(message);
  };
  return {
    send<T>(method: string, params: object = {}): Promise<T> {
      const id = ++nextId;
      return new Promise<T>((resolve, reject) => {
        pending.set(id, (message) => {
          pending.delete(id);
          if (message.error) reject(new Error(`${method}: ${JSON.stringify(message.error)}`));
          else resolve(message.result as T);
        });
        ws.send(JSON.stringify({ id, method, params }));
      });
    },
    close: () => ws.close(),
  };
}

/** Every module the dry run wrote, typed by wrangler's module rules; the entry point first. */
function workerOptions(outdir: string) {
  const { workerOptions: fromWrangler } = unstable_getMiniflareWorkerOptions('wrangler.toml', '');
  const rules = compileModuleRules(fromWrangler.modulesRules ?? []);
  const files = readdirSync(outdir, { recursive: true, encoding: 'utf8' })
    .filter((file) => statSync(join(outdir, file)).isFile() && !file.endsWith('.map') && file !== 'README.md')
    .sort((a, b) => Number(b === 'index.js') - Number(a === 'index.js'));
  const modules = files.map((file) => {
    const rule = rules.find((r) => testRegExps(r.include, file));
    if (!rule && !/\.m?js$/.test(file)) throw new Error(`no module rule for ${file} in the dry-run output`);
    return { type: rule?.type ?? 'ESModule', path: join(outdir, file) };
  });
  const { modulesRules: _rules, ...rest } = fromWrangler;
  return {
    options: {
      ...rest,
      name: WORKER_NAME,
      modules,
      modulesRoot: outdir,
      bindings: { ...(fromWrangler.bindings as Record<string, unknown> | undefined), PUBLIC_ORIGIN: ORIGIN },
    },
    files,
    size: files.reduce((sum, file) => sum + statSync(join(outdir, file)).size, 0),
  };
}

interface Sample {
  status: number;
  /** Busy samples in the first request's profile, and per warm request. */
  first: number;
  warm: number;
}

/** Starts a fresh workerd with the Worker and attaches the inspector's profiler to its isolate. */
async function startProfiled(options: object, workerName: string) {
  // A direct inspector connection: Miniflare's proxy refuses a client without an Origin header.
  const mf = new Miniflare(convertV4MiniflareOptions({ ...options, name: workerName, inspectorPort: 0 } as never));
  await mf.ready;
  const inspector = await mf.getInspectorURL();
  const targets = (await (await fetch(`http://${inspector.host}/json/list`)).json()) as { id: string; webSocketDebuggerUrl: string }[];
  const target = targets.find((t) => t.id === `core:user:${workerName}`);
  if (!target) throw new Error(`no inspector target for the Worker among ${targets.map((t) => t.id).join(', ')}`);
  const cdp = await connectInspector(target.webSocketDebuggerUrl);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: SAMPLING_INTERVAL_US });
  /** The profile of whatever the isolate does while `work` runs. */
  const profile = async (work: () => Promise<void>) => {
    await cdp.send('Profiler.start');
    await work();
    const { profile: raw } = await cdp.send<{ profile: CpuProfile }>('Profiler.stop');
    return { ...busySamples(raw), raw };
  };
  return {
    mf,
    profile,
    async stop() {
      cdp.close();
      await mf.dispose();
    },
  };
}

// BENCH_CPU_PROFILES=<dir> keeps each first request's profile there, for Chrome DevTools.
const PROFILES_DIR = process.env.BENCH_CPU_PROFILES;

async function measure(options: object, path: string, name: string): Promise<Sample> {
  const worker = await startProfiled(options, WORKER_NAME);
  try {
    const request = () =>
      // manual: Miniflare would follow the negotiation's redirect and time the page too.
      worker.mf.dispatchFetch(ORIGIN + path, { headers: { 'Accept-Language': 'km' }, redirect: 'manual' });
    let status = 0;
    const first = await worker.profile(async () => {
      const res = await request();
      status = res.status;
      await res.arrayBuffer();
    });
    if (PROFILES_DIR) writeFileSync(join(PROFILES_DIR, `${name}.cpuprofile`), JSON.stringify(first.raw));
    const warm = await worker.profile(async () => {
      for (let i = 0; i < WARM_RUNS; i++) await (await request()).arrayBuffer();
    });
    return { status, first: first.count, warm: warm.count / WARM_RUNS };
  } finally {
    await worker.stop();
  }
}

// The validation: a request that only loops, whose CPU is its wall time (as Node sees the round
// trip, a little more), and a request that only waits on a timer, which must show next to no CPU.
// (Not a comparison with Node: V8 may compile the same loop to another tier in each engine.)
function spin(n: number): number {
  let x = 0;
  for (let i = 0; i < n; i++) x = (x * 31 + i) | 0;
  return x;
}
const SPIN_WORKER = `${spin.toString()}
export default {
  async fetch(request) {
    const url = new URL(request.url);
    const wait = Number(url.searchParams.get('wait') ?? 0);
    if (wait) await new Promise((resolve) => setTimeout(resolve, wait));
    return new Response(String(spin(Number(url.searchParams.get('n') ?? 0))));
  },
};
`;
const SPIN_N = 10_000_000;
const WAIT_MS = 100;

async function calibrate(dir: string, compatibilityDate: string) {
  writeFileSync(join(dir, 'spin.js'), SPIN_WORKER);
  const worker = await startProfiled({ modules: true, scriptPath: join(dir, 'spin.js'), modulesRoot: dir, compatibilityDate }, 'spin');
  try {
    const call = (query: string) => async () => void (await (await worker.mf.dispatchFetch(`${ORIGIN}/?${query}`)).text());
    // The same calls in the same order in both engines, since a small call first changes how V8
    // compiles the loop.
    await call('n=1000')();
    let wallMs = 0;
    const spun = await worker.profile(async () => {
      const start = performance.now();
      await call(`n=${SPIN_N}`)();
      wallMs = performance.now() - start;
    });
    const waited = await worker.profile(call(`wait=${WAIT_MS}`));
    const periodMs = median(spun.periodsUs) / 1000;
    return { periodMs, spinMs: spun.count * periodMs, spinWallMs: wallMs, waitMs: waited.count * periodMs };
  } finally {
    await worker.stop();
  }
}

async function main() {
  const started = performance.now();
  const outdir = mkdtempSync(join(tmpdir(), 'bench-cpu-workerd-'));
  try {
    const dryRun = spawnSync('node_modules/.bin/wrangler', ['deploy', '--dry-run', '--env', '', '--outdir', outdir], {
      encoding: 'utf8',
      env: OFFLINE_ENV,
    });
    if (dryRun.status !== 0) throw new Error(`wrangler deploy --dry-run failed:\n${dryRun.stdout}\n${dryRun.stderr}`);
    const { options, files, size } = workerOptions(outdir);
    const calibration = await calibrate(outdir, (options as unknown as { compatibilityDate: string }).compatibilityDate);
    const results: [kind: string, path: string, samples: Sample[]][] = [];
    for (const [kind, path] of BENCH_ROUTES) {
      const samples: Sample[] = [];
      for (let run = 0; run < FRESH_RUNS; run++) samples.push(await measure(options, path, `${kind.replace(/ /g, '-')}-${run}`));
      results.push([kind, path, samples]);
    }
    // The sampler's period, from the calibration's one unbroken busy stretch: between requests the
    // isolate is unlocked and not sampled, so gaps in the routes' profiles are not periods.
    const periodMs = calibration.periodMs;
    let worstFirst = 0;
    let worstWarm = 0;
    console.log(
      `workerd (Miniflare), modules ${files.join(', ')} ${size} B (wrangler deploy --dry-run), median of ${FRESH_RUNS} fresh isolates per route, ${WARM_RUNS} warm requests each`,
    );
    console.log(
      `CPU = busy samples × the sampler's period, ${periodMs.toFixed(3)} ms here (asked for ${SAMPLING_INTERVAL_US / 1000} ms): a first request is known to about ±${periodMs.toFixed(1)} ms`,
    );
    console.log(
      `validation: a request that loops ${calibration.spinMs.toFixed(1)} ms by the samples, ${calibration.spinWallMs.toFixed(1)} ms of wall time; one that waits ${WAIT_MS} ms on a timer ${calibration.waitMs.toFixed(2)} ms`,
    );
    console.log('| route kind | URL | status | first request ms | warm ms |');
    console.log('| --- | --- | --- | --- | --- |');
    for (const [kind, path, samples] of results) {
      const first = median(samples.map((s) => s.first)) * periodMs;
      const warm = median(samples.map((s) => s.warm)) * periodMs;
      worstFirst = Math.max(worstFirst, first);
      worstWarm = Math.max(worstWarm, warm);
      console.log(
        `| ${kind} | \`${path.length > 40 ? path.slice(0, 40) + '…' : path}\` | ${samples[0]!.status} | ${first.toFixed(1)} | ${warm.toFixed(2)} |`,
      );
    }
    console.log(`worst first request ${worstFirst.toFixed(1)} ms (target ≤ 2), worst warm ${worstWarm.toFixed(2)} ms (target ≤ 0.5)`);
    console.log(`took ${((performance.now() - started) / 1000).toFixed(0)} s`);
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
