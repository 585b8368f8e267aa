// Just enough JSON Schema tooling for ./shapes.ts: documents with only the $defs they use,
// $refs moved to where a document keeps them, and the TypeScript type a fragment describes.

type Json = unknown;
const DEFS = '#/$defs/';

/** Every local $ref target under a node, as '#/…' pointers. */
export function refsIn(node: Json, found = new Set<string>()): Set<string> {
  if (Array.isArray(node)) for (const item of node) refsIn(item, found);
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string') found.add(value);
      else refsIn(value, found);
    }
  }
  return found;
}

/** The named definitions and every one they refer to, transitively, in the order of `defs`. */
export function defsReachedFrom<D extends Record<string, Json>>(roots: readonly Json[], defs: D): Partial<D> {
  const names = new Set<string>();
  const visit = (node: Json) => {
    for (const target of refsIn(node)) {
      if (!target.startsWith(DEFS)) throw new Error(`not a $defs reference: ${target}`);
      const name = target.slice(DEFS.length);
      if (!(name in defs)) throw new Error(`unknown shape: ${name}`);
      if (!names.has(name)) {
        names.add(name);
        visit(defs[name]);
      }
    }
  };
  roots.forEach(visit);
  return Object.fromEntries(
    Object.keys(defs)
      .filter((n) => names.has(n))
      .map((n) => [n, defs[n]]),
  ) as Partial<D>;
}

/** A copy of a node whose '#/$defs/x' references point to `prefix + x` instead. */
export function withRefsUnder<T>(node: T, prefix: string): T {
  if (Array.isArray(node)) return node.map((item) => withRefsUnder(item, prefix)) as T;
  if (!node || typeof node !== 'object') return node;
  return Object.fromEntries(
    Object.entries(node).map(([key, value]) => [
      key,
      key === '$ref' && typeof value === 'string' && value.startsWith(DEFS)
        ? prefix + value.slice(DEFS.length)
        : withRefsUnder(value, prefix),
    ]),
  ) as T;
}

// The type a fragment describes, for the keywords ./shapes.ts uses. Keywords that only narrow
// values (pattern, minimum, if/then/else, dependentRequired, …) do not change the type.
export type FromSchema<S, D> = S extends { $ref: `#/$defs/${infer Name}` }
  ? Name extends keyof D
    ? FromSchema<D[Name], D>
    : never
  : S extends { const: infer C }
    ? C
    : S extends { enum: readonly (infer E)[] }
      ? E
      : S extends { type: 'object' }
        ? ObjectOf<S, D> & (S extends { oneOf: readonly (infer V)[] } ? FromSchema<V, D> : unknown)
        : S extends { oneOf: readonly (infer V)[] }
          ? FromSchema<V, D>
          : S extends { type: 'array'; items: infer I }
            ? FromSchema<I, D>[]
            : S extends { type: 'string' }
              ? string
              : S extends { type: 'number' | 'integer' }
                ? number
                : S extends { type: 'boolean' }
                  ? boolean
                  : S extends { type: 'null' }
                    ? null
                    : S extends { required: readonly (infer R extends string)[] }
                      ? { [K in R]: unknown }
                      : unknown;

type RequiredOf<S> = S extends { required: readonly (infer R)[] } ? R : never;
type Flat<T> = { [K in keyof T]: T[K] };

type ObjectOf<S, D> = S extends { properties: infer P }
  ? Flat<
      { -readonly [K in keyof P as K extends RequiredOf<S> ? K : never]: FromSchema<P[K], D> } & {
        -readonly [K in keyof P as K extends RequiredOf<S> ? never : K]?: FromSchema<P[K], D>;
      }
    >
  : S extends { additionalProperties: infer A extends object }
    ? Record<string, FromSchema<A, D>>
    : Record<string, unknown>;
