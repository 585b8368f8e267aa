// Renders every page and API body once per deploy, through the same functions the drift test
// checks (worker/prerender/renders.tsx), with the build origin the Worker replaces by the
// configured one. The module it returns (worker/generated/prerendered.ts) is bundled with the
// Worker, which serves these bytes and renders nothing per request.
// The renders run in workerd, the runtime that rendered them per request before: Khmer line
// breaks follow the runtime's Intl.Segmenter, and Node's ICU segments some Khmer words otherwise.
// Called after worker/generated/assets.json is written, since the pages name the hashed assets.
import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { convertV4MiniflareOptions, Miniflare } from 'miniflare';
import { strongEtag } from '../../worker/http/etag';
import type { RenderedBody } from '../../worker/prerender/renders';

export const PRERENDERED_MODULE = 'worker/generated/prerendered.ts';

// A Worker whose one answer is every built body, as [key, body] pairs.
const RENDER_WORKER = `
import { BUILD_ORIGIN, everyBody } from './renders';
export default {
  fetch: () => Response.json(everyBody(BUILD_ORIGIN).map(([key, render]) => [key, render()])),
};
`;

async function renderInWorkerd(): Promise<Array<[string, RenderedBody]>> {
  // The Worker's own runtime settings.
  const wrangler = await readFile('wrangler.toml', 'utf8');
  const compatibilityDate = /^compatibility_date = "([^"]+)"/m.exec(wrangler)?.[1];
  const compatibilityFlags = JSON.parse(/^compatibility_flags = (\[.*\])/m.exec(wrangler)?.[1] ?? '[]') as string[];
  if (!compatibilityDate) throw new Error('wrangler.toml names no compatibility_date');
  // Compiled as wrangler compiles the Worker: esbuild, with the Worker's JSX settings.
  const bundle = await build({
    stdin: { contents: RENDER_WORKER, resolveDir: 'worker/prerender', sourcefile: 'render-worker.ts', loader: 'ts' },
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    // The Worker's JSX settings (tsconfig.base.json), given here: a copy of the project may hold no tsconfig.
    jsx: 'automatic',
    jsxImportSource: 'hono/jsx',
    write: false,
    logLevel: 'error',
  });
  const mf = new Miniflare(
    convertV4MiniflareOptions({
      workers: [
        {
          name: 'prerender',
          compatibilityDate,
          compatibilityFlags,
          modules: [{ type: 'ESModule', path: 'prerender.mjs', contents: bundle.outputFiles[0]!.text }],
        },
      ],
    }),
  );
  try {
    const res = await mf.dispatchFetch('http://render.invalid/');
    if (!res.ok) throw new Error(`rendering in workerd failed: ${res.status} ${await res.text()}`);
    return (await res.json()) as Array<[string, RenderedBody]>;
  } finally {
    await mf.dispose();
  }
}

export async function prerenderedModule(): Promise<{ source: string; count: number; bytes: number; gzipped: number }> {
  const lines: string[] = [];
  let bytes = 0;
  for (const [key, rendered] of await renderInWorkerd()) {
    bytes += Buffer.byteLength(rendered.body);
    const built = { ...rendered, etag: await strongEtag(rendered.body) };
    lines.push(`  ${JSON.stringify(key)}: ${JSON.stringify(built)},`);
  }
  const source =
    '// Written by scripts/build/prerender.ts: every page and API body, built with the build origin.\n' +
    "import type { BuiltBody } from '../prerender/keys';\n\n" +
    `export const prerendered: Record<string, BuiltBody> = {\n${lines.join('\n')}\n};\n`;
  return { source, count: lines.length, bytes, gzipped: gzipSync(source, { level: 9 }).length };
}
