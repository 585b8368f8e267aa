// Writes content/data/figures.schema.json from worker/content/shapes.ts: `npm run schemas`.
// A test (test/unit/shapes.test.ts) fails while the committed file differs from this output.
import { writeFile } from 'node:fs/promises';
import { defsReachedFrom } from '../../worker/content/json-schema';
import { shapes } from '../../worker/content/shapes';

export const CONTENT_SCHEMA_FILE = 'content/data/figures.schema.json';

export function contentSchema() {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'figures.schema.json',
    title: "The story's dataset: every figure, its source and how it was measured",
    ...shapes.datasetFile,
    $defs: defsReachedFrom([shapes.datasetFile], shapes),
  };
}

const flatJson = (value: unknown): string =>
  Array.isArray(value)
    ? `[${value.map(flatJson).join(', ')}]`
    : value && typeof value === 'object'
      ? `{ ${Object.entries(value)
          .map(([key, item]) => `${JSON.stringify(key)}: ${flatJson(item)}`)
          .join(', ')} }`
      : JSON.stringify(value);

/** JSON with two-space indents; an object or array that fits on its line stays on it. */
function formatJson(value: unknown, indent = '', lead = 0, width = 100): string {
  const flat = flatJson(value);
  if (value === null || typeof value !== 'object' || indent.length + lead + flat.length <= width) return flat;
  const inner = `${indent}  `;
  const items = Array.isArray(value)
    ? value.map((item) => inner + formatJson(item, inner, 0, width))
    : Object.entries(value).map(([key, item]) => `${inner}${JSON.stringify(key)}: ${formatJson(item, inner, key.length + 4, width)}`);
  const [open, close] = Array.isArray(value) ? ['[', ']'] : ['{', '}'];
  return `${open}\n${items.join(',\n')}\n${indent}${close}`;
}

export const contentSchemaText = () => `${formatJson(contentSchema())}\n`;

if (import.meta.url === `file://${process.argv[1]}`) {
  await writeFile(CONTENT_SCHEMA_FILE, contentSchemaText());
  console.log(`wrote ${CONTENT_SCHEMA_FILE}`);
}
