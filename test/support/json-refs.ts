// Checks that a JSON document's local $refs point at nodes it has (RFC 6901 pointers).
import { refsIn } from '../../worker/content/json-schema';

function resolvePointer(document: unknown, pointer: string): unknown {
  if (!pointer.startsWith('#')) return undefined;
  const tokens = decodeURIComponent(pointer.slice(1)).split('/').slice(1);
  let node: unknown = document;
  for (const token of tokens.map((t) => t.replaceAll('~1', '/').replaceAll('~0', '~'))) {
    if (!node || typeof node !== 'object' || !Object.hasOwn(node, token)) return undefined;
    node = (node as Record<string, unknown>)[token];
  }
  return node;
}

/** Every $ref in the document, and whether it resolves inside it. */
export function refsOf(document: unknown): { ref: string; resolves: boolean }[] {
  return [...refsIn(document)].map((ref) => ({ ref, resolves: resolvePointer(document, ref) !== undefined }));
}
