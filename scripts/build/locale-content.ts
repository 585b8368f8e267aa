// Writes worker/generated/stories.ts: one static import per locale's text file, so the Worker
// bundle holds every language in content/locales.json without any code naming one.
import { readFile } from 'node:fs/promises';

interface RegistryEntry {
  code: string;
}

export async function localeContentModule(registryPath = 'content/locales.json'): Promise<string> {
  const registry = JSON.parse(await readFile(registryPath, 'utf8')) as RegistryEntry[];
  const lines = ['// Written by scripts/build.ts from content/locales.json. Do not edit.'];
  registry.forEach((l, i) => lines.push(`import story${i} from '../../content/story/${l.code}.json';`));
  lines.push('', 'export const stories: Record<string, unknown> = {');
  registry.forEach((l, i) => lines.push(`  ${JSON.stringify(l.code)}: story${i},`));
  lines.push('};', '');
  return lines.join('\n');
}
