import type { Derivation, Figure, FigureId, FigureRecord } from './types';

/** Resolves every figure's value, computing derived figures from the ones they name. */
export function resolveFigures(records: readonly FigureRecord[]): Figure[] {
  const byId = new Map(records.map((r) => [r.id, r]));
  const resolving = new Set<FigureId>();

  function valueOf(record: FigureRecord): Figure['value'] {
    if (record.value !== undefined) return record.value;
    if (!record.derived) throw new Error(`figure "${record.id}" has neither value nor derived`);
    if (resolving.has(record.id)) throw new Error(`figure "${record.id}" derives from itself`);
    resolving.add(record.id);
    const exact = derive(record.derived, (id) => {
      const source = byId.get(id);
      if (!source) throw new Error(`figure "${record.id}" derives from unknown figure "${id}"`);
      const value = valueOf(source);
      if (typeof value !== 'number') throw new Error(`figure "${record.id}" derives from range "${id}"`);
      return value;
    });
    resolving.delete(record.id);
    // Two rounded inputs support no more precision than the figure's own decimals: publish that.
    const scale = 10 ** record.decimals;
    return Math.round(exact * scale) / scale;
  }

  return records.map((record) => {
    const { value: _stored, ...rest } = record;
    return { ...rest, value: valueOf(record) };
  });
}

export function derive(derivation: Derivation, lookup: (id: FigureId) => number): number {
  switch (derivation.op) {
    case 'relative-decrease': {
      const from = lookup(derivation.from);
      const to = lookup(derivation.to);
      return ((from - to) / from) * 100;
    }
  }
}
