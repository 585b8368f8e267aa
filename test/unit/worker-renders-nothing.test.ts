// The Worker does no rendering per request: the module graph it is bundled from (as wrangler
// bundles it, with esbuild) holds no JSX runtime, no view and no render function. What it serves
// was built at deploy time (scripts/build/prerender.ts; test/worker/prerendered.test.ts).
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../worker/i18n/locales';

async function bundledModules(): Promise<Record<string, number>> {
  const result = await build({
    entryPoints: ['worker/index.ts'],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    tsconfig: 'tsconfig.worker.json',
    write: false,
    metafile: true,
    outfile: 'worker.js',
    // The built bodies are a Data module (bytes, not code): wrangler uploads them as their own module.
    external: ['*.bin'],
    logLevel: 'error',
  });
  const output = Object.values(result.metafile.outputs)[0]!;
  // Only modules that put code in the bundle: a type import or a tree-shaken one puts none.
  return Object.fromEntries(
    Object.entries(output.inputs)
      .filter(([, input]) => input.bytesInOutput > 0)
      .map(([path, input]) => [path, input.bytesInOutput]),
  );
}

describe('the Worker bundle', () => {
  it('holds no JSX, no view and no render function, and does hold the built bodies', async () => {
    const modules = Object.keys(await bundledModules());
    expect(modules.filter((m) => m.includes('hono/dist/jsx'))).toEqual([]);
    expect(modules.filter((m) => m.endsWith('.tsx'))).toEqual([]);
    // oEmbed's answers, too, are built (their size left open): no view module at all.
    expect(modules.filter((m) => m.startsWith('worker/views/'))).toEqual([]);
    // Nor the story's text or what formats it: only the build reads them.
    const storyText = LOCALES.map((locale) => `content/story/${locale}.json`);
    expect(modules.filter((m) => storyText.includes(m) || m.startsWith('worker/i18n/rich-text'))).toEqual([]);
    for (const serializer of ['worker/api/csv.ts', 'worker/api/openapi.ts', 'worker/api/schema.ts']) {
      expect(modules).not.toContain(serializer);
    }
    expect(modules).toContain('worker/generated/prerendered.ts');
  }, 60_000);
});
