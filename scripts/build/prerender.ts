// Renders every page and API body once per deploy, through the same functions the drift test
// checks (worker/prerender/renders.tsx), with the build origin the Worker replaces by the
// configured one (and oEmbed answers with their size left open). It writes the bodies' UTF-8 bytes end to end (worker/generated/bodies.bin, a
// Data module: the runtime hands the Worker an ArrayBuffer, with no JavaScript to parse or
// decode) and an index of where each body and each origin in it is
// (worker/generated/prerendered.ts). The Worker serves these bytes and renders nothing.
// The renders run in workerd, the runtime that rendered them per request before: Khmer line
// breaks follow the runtime's Intl.Segmenter, and Node's ICU segments some Khmer words otherwise.
// Called after worker/generated/assets.json is written, since the pages name the hashed assets.
import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { convertV4MiniflareOptions, Miniflare } from 'miniflare';
import { strongEtag } from '../../worker/http/etag';
import { HOLES, type BuiltBody, type Hole, type RenderedBody } from '../../worker/prerender/keys';

export const PRERENDERED_MODULE = 'worker/generated/prerendered.ts';
export const BODIES_FILE = 'worker/generated/bodies.bin';

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

/**
 * Where each of HOLES is written in `bytes`, in order: the build origin in every body, the size
 * only in a body built with SIZE_HOLES.
 */
function holesIn(bytes: Buffer, sized: boolean): BuiltBody['holes'] {
  const found: BuiltBody['holes'] = [];
  HOLES.forEach((value, hole) => {
    if (hole >= 2 && !sized) return;
    const needle = Buffer.from(value);
    for (let at = bytes.indexOf(needle); at !== -1; at = bytes.indexOf(needle, at + needle.length)) found.push([at, hole as Hole]);
  });
  if (sized && !found.some(([, h]) => h === 2) && !found.some(([, h]) => h === 3)) throw new Error('a sized body names no size');
  return found.sort((a, b) => a[0] - b[0]);
}

export async function prerenderedFiles(): Promise<{ index: string; bodies: Buffer; count: number; gzipped: number }> {
  const lines: string[] = [];
  const chunks: Buffer[] = [];
  let end = 0;
  for (const [key, rendered] of await renderInWorkerd()) {
    const bytes = Buffer.from(rendered.body, 'utf8');
    const start = end;
    end += bytes.length;
    chunks.push(bytes);
    const built: BuiltBody = {
      start,
      end,
      etag: await strongEtag(rendered.body),
      ...(rendered.headers ? { headers: rendered.headers } : {}),
      ...(rendered.sized ? { sized: true } : {}),
      holes: holesIn(bytes, rendered.sized === true),
    };
    lines.push(`  ${JSON.stringify(key)}: ${JSON.stringify(built)},`);
  }
  const index =
    '// Written by scripts/build/prerender.ts: where each built body is in bodies.bin.\n' +
    "import type { BuiltBody } from '../prerender/keys';\n\n" +
    `export const prerendered: Record<string, BuiltBody> = {\n${lines.join('\n')}\n};\n`;
  const bodies = Buffer.concat(chunks);
  return { index, bodies, count: lines.length, gzipped: gzipSync(bodies, { level: 9 }).length };
}
