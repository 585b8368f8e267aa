// Data modules (`*.bin`) for the Node test project, as wrangler's default module rules give them
// to the Worker: the file's bytes as an ArrayBuffer. workerd's project needs none (the pool
// follows wrangler's rules itself).
import type { Plugin } from 'vite';

export function dataModules(): Plugin {
  return {
    name: 'data-modules',
    enforce: 'pre',
    load(id) {
      if (!id.endsWith('.bin')) return undefined;
      return (
        `import { readFileSync } from 'node:fs';\n` +
        `const bytes = readFileSync(${JSON.stringify(id)});\n` +
        `export default bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length);\n`
      );
    },
  };
}
