// CPU per request in workerd itself, from the V8 inspector's sampling CPU profile.
// The Worker is what `wrangler deploy --dry-run --outdir` writes (every module it emits), run by
// Miniflare with the config wrangler derives from wrangler.toml (module rules, vars, assets).
// For each route kind, FRESH_RUNS fresh workerd instances; in each:
//   first  CPU of the first request to the new isolate, body read to the end
//   warm   CPU of the next WARM_RUNS requests to the same URL, profiled together, per request
// and the median of each over the instances.
// What counts as CPU: workerd's sampler only ticks while the isolate is running or marked idle
// (a gap in the samples, attributed to whichever sample comes next, is time the isolate was not
// running at all), so CPU = (samples whose frame is not `(idle)`) × (the median sample interval).
// The sampler runs about every 0.1 ms here (asked for 0.05 ms), so one request is known to about
// ±0.1 ms; warm figures average many requests and are finer. Native work outside the isolate lock
// (body streaming, the asset server, Miniflare's entry Worker) is not in the profile.
// workerd evaluates the Worker's global scope when it loads the config, before an inspector can
// attach, so start-up is not measured here: `npm run bench:cpu` reports it from Node.
// Needs `npm run build` first.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Miniflare, compileModuleRules, convertV4MiniflareOptions, testRegExps } from 'miniflare';
import { unstable_getMiniflareWorkerOptions } from 'wrangler';

const ORIGIN = 'http://bench.test';
const WARM_RUNS = 50;
const FRESH_RUNS = 3;
const SAMPLING_INTERVAL_US = 50;
const WORKER_NAME = 'bench';

const ROUTES: [kind: string, path: string][] = [
  ['story', '/km/'],
  ['figure', '/en/f/minors-2015'],
  ['sources', '/km/sources'],
  ['data', '/en/data?figure=minors-2015&lang=km'],
  ['embed', '/embed/minors-2015?lang=km'],
  ['api dataset', '/api/v1/prevalence?lang=km'],
  ['api figure', '/api/v1/prevalence/minors-2015'],
  ['api csv', '/api/v1/prevalence.csv?lang=km'],
  ['api schema', '/api/v1/schema.json'],
  ['api openapi', '/api/v1/openapi.json'],
  ['oembed', `/oembed?url=${encodeURIComponent(`${ORIGIN}/km/`)}&maxwidth=400`],
  ['negotiate', '/'],
  ['not found', '/km/nothing-here'],
  ['bad lang', '/embed/minors-2015?lang=xx'],
  ['static asset', '/robots.txt'],
];

/** The parts of a V8 `Profiler.Profile` read here. */
interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string } }[];
  samples: number[];
  timeDeltas: number[];
}

const OFFLINE_ENV = { ...process.env, WRANGLER_SEND_METRICS: 'false', CLOUDFLARE_CF_FETCH_ENABLED: 'false' };
Object.assign(process.env, OFFLINE_ENV);

/** Milliseconds of CPU in a profile, and the sampling interval that bounds its precision. */
function profileCpuMs(profile: CpuProfile): { cpuMs: number; intervalMs: number; samples: number } {
  const names = new Map(profile.nodes.map((node) => [node.id, node.callFrame.functionName]));
  const busy = profile.samples.filter((id) => names.get(id) !== '(idle)' && names.get(id) !== '(root)').length;
  const deltas = profile.timeDeltas.slice(1).sort((a, b) => a - b);
  const intervalMs = deltas.length > 0 ? deltas[Math.floor(deltas.length / 2)]! / 1000 : SAMPLING_INTERVAL_US / 1000;
  return { cpuMs: busy * intervalMs, intervalMs, samples: busy };
}

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
      bindings: { ...fromWrangler.bindings, PUBLIC_ORIGIN: ORIGIN },
    },
    files,
    size: files.reduce((sum, file) => sum + statSync(join(outdir, file)).size, 0),
  };
}

interface Sample {
  status: number;
  first: number;
  warm: number;
  interval: number;
}

async function measure(options: ReturnType<typeof workerOptions>['options'], path: string): Promise<Sample> {
  // A direct inspector connection: Miniflare's proxy refuses a client without an Origin header.
  const mf = new Miniflare(convertV4MiniflareOptions({ ...options, inspectorPort: 0 } as never));
  try {
    await mf.ready;
    const inspector = await mf.getInspectorURL();
    const targets = (await (await fetch(`http://${inspector.host}/json/list`)).json()) as { id: string; webSocketDebuggerUrl: string }[];
    const target = targets.find((t) => t.id === `core:user:${WORKER_NAME}`);
    if (!target) throw new Error(`no inspector target for the Worker among ${targets.map((t) => t.id).join(', ')}`);
    const cdp = await connectInspector(target.webSocketDebuggerUrl);
    const request = () => mf.dispatchFetch(ORIGIN + path, { headers: { 'Accept-Language': 'km' } });
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: SAMPLING_INTERVAL_US });
    await cdp.send('Profiler.start');
    const res = await request();
    await res.arrayBuffer();
    const first = profileCpuMs((await cdp.send<{ profile: CpuProfile }>('Profiler.stop')).profile);
    await cdp.send('Profiler.start');
    for (let i = 0; i < WARM_RUNS; i++) await (await request()).arrayBuffer();
    const warm = profileCpuMs((await cdp.send<{ profile: CpuProfile }>('Profiler.stop')).profile);
    cdp.close();
    return { status: res.status, first: first.cpuMs, warm: warm.cpuMs / WARM_RUNS, interval: warm.intervalMs };
  } finally {
    await mf.dispose();
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
    const rows: string[] = [];
    let worstFirst = 0;
    let worstWarm = 0;
    let interval = 0;
    for (const [kind, path] of ROUTES) {
      const samples: Sample[] = [];
      for (let run = 0; run < FRESH_RUNS; run++) samples.push(await measure(options, path));
      const median = (pick: (s: Sample) => number) => samples.map(pick).sort((a, b) => a - b)[Math.floor(FRESH_RUNS / 2)]!;
      const first = median((s) => s.first);
      const warm = median((s) => s.warm);
      interval = Math.max(interval, median((s) => s.interval));
      worstFirst = Math.max(worstFirst, first);
      worstWarm = Math.max(worstWarm, warm);
      rows.push(
        `| ${kind} | \`${path.length > 40 ? path.slice(0, 40) + '…' : path}\` | ${samples[0]!.status} | ${first.toFixed(1)} | ${warm.toFixed(2)} |`,
      );
    }
    console.log(
      `workerd (Miniflare), modules ${files.join(', ')} ${size} B (wrangler deploy --dry-run), median of ${FRESH_RUNS} fresh isolates per route, ${WARM_RUNS} warm requests each; V8 sampling profile, one sample ≈ ${interval.toFixed(2)} ms`,
    );
    console.log('| route kind | URL | status | first request ms | warm ms |');
    console.log('| --- | --- | --- | --- | --- |');
    for (const row of rows) console.log(row);
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
