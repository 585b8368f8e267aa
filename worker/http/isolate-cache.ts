// Per-isolate memory of what was computed from the built bodies, bounded.
/**
 * Keeps what an isolate computed once from the built bodies, for the life of the isolate: they
 * cannot change without a new deploy. Bounded: past `maxEntries`, the oldest entry goes, so no
 * sequence of requests can grow it without limit.
 */
export class IsolateCache<T> {
  private readonly entries = new Map<string, T>();

  constructor(
    readonly name: string,
    readonly maxEntries = 256,
  ) {
    isolateCaches.push(this);
  }

  get size(): number {
    return this.entries.size;
  }

  clear(): void {
    this.entries.clear();
  }

  /** The entry for `key`, made once; a `make` that throws stores nothing. */
  get(key: string, make: () => T): T {
    let entry = this.entries.get(key);
    if (entry === undefined) {
      entry = make();
      this.entries.set(key, entry);
      if (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    }
    return entry;
  }
}

/** Every such cache of the Worker, so a test can check that none outgrows its bound. */
export const isolateCaches: IsolateCache<unknown>[] = [];
