import { readFile } from 'node:fs/promises';
import { transform } from 'esbuild';

/** The stylesheets in cascade order; all of it is small enough to inline as critical CSS. */
const STYLESHEETS = ['tokens.css', 'base.css', 'story.css'];

export async function buildCss(dir: string, sheets: string[] = STYLESHEETS): Promise<string> {
  const parts = await Promise.all(sheets.map((name) => readFile(`${dir}/${name}`, 'utf8')));
  const { code } = await transform(parts.join('\n'), { loader: 'css', minify: true, target: ['chrome100', 'safari15'] });
  return code.trim();
}
