import { build } from 'esbuild';

/** Bundles client/main.ts (with Scrollama) into one minified ES module. */
export async function bundleClient(
  entry: string,
  options: { format?: 'esm' | 'iife'; define?: Record<string, string>; bundle?: boolean } = {},
): Promise<string> {
  const result = await build({
    entryPoints: [entry],
    bundle: options.bundle ?? true,
    format: options.format ?? 'esm',
    define: options.define,
    minify: true,
    target: 'es2020',
    write: false,
    legalComments: 'none',
    logLevel: 'warning',
  });
  const output = result.outputFiles[0];
  if (!output) throw new Error('esbuild produced no client bundle');
  return output.text;
}
