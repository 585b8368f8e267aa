import { readFile } from 'node:fs/promises';
import { transform } from 'esbuild';

/** The stylesheets inlined in every page, in cascade order: what the first view draws. */
const STYLESHEETS = ['tokens.css', 'base.css', 'story.css'];

/** The graphic's stylesheet, a hashed file the story links where its graphic begins. */
export const GRAPHIC_STYLESHEETS = ['graphic.css'];

export async function buildCss(dir: string, sheets: string[] = STYLESHEETS): Promise<string> {
  const parts = await Promise.all(sheets.map((name) => readFile(`${dir}/${name}`, 'utf8')));
  const { code } = await transform(parts.join('\n'), { loader: 'css', minify: true, target: ['chrome100', 'safari15'] });
  return code.trim();
}
