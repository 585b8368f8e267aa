// CPU per request, in Node through the Worker's own app.fetch (a stand-in for workerd's V8).
// The Worker is bundled as wrangler would (one ESM file, esbuild), then each route kind runs in a
// fresh child process, so its first request really is the first request to a fresh isolate:
//   start-up  CPU of evaluating the bundle (the Worker's global scope)
//   first     CPU of the first request, body read to the end
//   warm      mean CPU of the next WARM_RUNS requests to the same URL
// Each is the median over FRESH_RUNS fresh processes.
// CPU is process.cpuUsage() (user + system, every thread: WebCrypto digests included).
// Needs `npm run build` first: the Worker reads worker/generated/ and the static route dist/public.
// Data modules (`*.bin`, the built bodies) are handed to the Worker as ArrayBuffers by the runtime,
// as workerd does, read before start-up is timed: they are bytes, not code the isolate evaluates.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type Plugin } from 'esbuild';
import { BENCH_ORIGIN, BENCH_ROUTES } from './support/bench-routes';

const ORIGIN = BENCH_ORIGIN;
const WARM_RUNS = 200;
const FRESH_RUNS = 5;

// A Data module becomes `globalThis.DATA_MODULES[path]`, which the child fills from the file.
const dataModules: Plugin = {
  name: 'data-modules',
  setup(b) {
    b.onResolve({ filter: /\.bin$/ }, (args) => ({ path: join(args.resolveDir, args.path), namespace: 'data-module' }));
    b.onLoad({ filter: /.*/, namespace: 'data-module' }, (args) => ({
      contents: `export default globalThis.DATA_MODULES[${JSON.stringify(args.path)}];`,
      loader: 'js',
    }));
  },
};

interface Sample {
  startup: number;
  first: number;
  warm: number;
  status: number;
}

// Runs in a plain Node child (no TypeScript loader, whose hooks would count as the Worker's CPU).
// Node loads its fetch classes and WebCrypto lazily, where workerd has them built in, so the child
// warms those first: what is measured is the Worker's own work.
const CHILD = `
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
const [bundle, origin, path, runs, dataModules] = process.argv.slice(1);
globalThis.DATA_MODULES = {};
for (const file of JSON.parse(dataModules)) {
  const bytes = await readFile(file);
  globalThis.DATA_MODULES[file] = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length);
}
const ms = (u) => (u.user + u.system) / 1000;
// Workers Static Assets, as far as the static route needs it: the files of dist/public, read
// before the clock starts, since in workerd the asset server is another service, not this isolate.
const files = new Map();
for (const file of await readdir('dist/public', { recursive: true })) {
  const bytes = await readFile(join('dist/public', file)).catch(() => undefined);
  if (bytes) files.set('/' + file, bytes);
}
const ASSETS = {
  async fetch(request) {
    const bytes = files.get(new URL(request.url).pathname);
    return bytes ? new Response(bytes) : new Response('Not Found', { status: 404 });
  },
};
// The runtime's own classes, used once as a request uses them: in workerd they are native code.
{
  const req = new Request('http://warm.test/?a=b', { headers: { 'Accept-Language': 'km', Cookie: 'c=d' } });
  req.headers.get('Accept-Language');
  const res = new Response(new URL(req.url).search, { status: 200, headers: { 'Content-Type': 'text/plain', ETag: '"x"' } });
  res.headers.set('Vary', 'Accept'); res.headers.append('Vary', 'Cookie'); res.headers.delete('ETag');
  for (const entry of res.headers) void entry;
  await new Response(res.body, res).arrayBuffer();
  await new Response(null, { status: 304, headers: res.headers }).arrayBuffer();
  await crypto.subtle.digest('SHA-256', new TextEncoder().encode('warm'));
  await (await ASSETS.fetch(new Request('http://warm.test/favicon.svg'))).arrayBuffer();
}
const env = { PUBLIC_ORIGIN: origin, ASSETS };
const request = () => new Request(origin + path, { headers: { 'Accept-Language': 'km' } });
let start = process.cpuUsage();
const { default: app } = await import(bundle);
// workerd runs the global scope's microtasks (the Worker's warm-up) before the first request.
await new Promise((resolve) => setImmediate(resolve));
const startup = ms(process.cpuUsage(start));
// The requests are made before the clock starts: in workerd the runtime builds them, natively.
const first_ = request();
const warms = Array.from({ length: Number(runs) }, request);
start = process.cpuUsage();
const res = await app.fetch(first_, env);
await res.arrayBuffer();
const first = ms(process.cpuUsage(start));
start = process.cpuUsage();
for (const r of warms) await (await app.fetch(r, env)).arrayBuffer();
const warm = ms(process.cpuUsage(start)) / Number(runs);
process.stdout.write(JSON.stringify({ startup, first, warm, status: res.status }));
`;

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'bench-cpu-'));
  try {
    const bundle = join(dir, 'worker.mjs');
    const result = await build({
      entryPoints: ['worker/index.ts'],
      bundle: true,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      minify: true,
      tsconfig: 'tsconfig.worker.json',
      outfile: bundle,
      metafile: true,
      plugins: [dataModules],
      logLevel: 'error',
    });
    const data = Object.keys(result.metafile.inputs)
      .filter((input) => input.startsWith('data-module:'))
      .map((input) => input.slice('data-module:'.length));
    const size = statSync(bundle).size;
    const dataSize = data.reduce((sum, file) => sum + statSync(file).size, 0);
    const rows: string[] = [];
    let worstFirst = 0;
    let worstWarm = 0;
    for (const [kind, path] of BENCH_ROUTES) {
      // Fresh processes per route; the median of each measure, since the machine may be shared.
      const samples = Array.from({ length: FRESH_RUNS }, () => {
        const out = execFileSync(
          process.execPath,
          ['--input-type=module', '-e', CHILD, pathToFileURL(bundle).href, ORIGIN, path, String(WARM_RUNS), JSON.stringify(data)],
          { encoding: 'utf8' },
        );
        return JSON.parse(out) as Sample;
      });
      const median = (pick: (s: Sample) => number) => samples.map(pick).sort((a, b) => a - b)[Math.floor(FRESH_RUNS / 2)]!;
      const s = {
        status: samples[0]!.status,
        startup: median((x) => x.startup),
        first: median((x) => x.first),
        warm: median((x) => x.warm),
      };
      worstFirst = Math.max(worstFirst, s.first);
      worstWarm = Math.max(worstWarm, s.warm);
      rows.push(
        `| ${kind} | \`${path.length > 40 ? path.slice(0, 40) + '…' : path}\` | ${s.status} | ${s.startup.toFixed(1)} | ${s.first.toFixed(2)} | ${s.warm.toFixed(3)} |`,
      );
    }
    console.log(
      `Node ${process.version}, bundle ${size} B (esbuild, minified) and ${dataSize} B of Data modules, median of ${FRESH_RUNS} fresh processes per route, ${WARM_RUNS} warm requests each`,
    );
    console.log('| route kind | URL | status | start-up ms | first request ms | warm ms |');
    console.log('| --- | --- | --- | --- | --- | --- |');
    for (const row of rows) console.log(row);
    console.log(`worst first request ${worstFirst.toFixed(2)} ms (target ≤ 2), worst warm ${worstWarm.toFixed(3)} ms (target ≤ 0.5)`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
