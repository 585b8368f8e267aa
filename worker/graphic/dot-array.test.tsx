import { describe, expect, it } from 'vitest';
import { findFigure, type Figure } from '../content';
import { arrayState, CELL, DOT, dotArray, GRID, RING_R, RING_WIDTH, groupOutline, GROUP_WIDTH, runsPath } from './dot-array';
import { DotArraySvg, halfRing } from './DotArraySvg';
import { pathRings } from './svg-path';

const figure = (id: string): Figure => findFigure(id)!;

/** The dot centres a runs path draws, read back from its path data. */
function dots(d: string): string[] {
  return pathRings(d).flatMap(([start, end]) => {
    const [x0, y] = start!;
    const length = end![0] - x0;
    return Array.from({ length: Math.floor(length / CELL) + 1 }, (_, i) => `${x0 + i * CELL},${y}`);
  });
}

async function gzipSize(text: string): Promise<number> {
  const stream = new Response(text).body!.pipeThrough(new CompressionStream('gzip'));
  return (await new Response(stream).arrayBuffer()).byteLength;
}

describe('the dot array', () => {
  const state2012 = arrayState({ minors: figure('minors-2012'), young: figure('young-minors-2012') });
  const state2015 = arrayState({ minors: figure('minors-2015'), young: figure('young-minors-2015'), ghost: figure('minors-2012') });

  it('takes its counts from the data: about 82, 7 or 8 of them young, in 2012; 22, 1 of them young, in 2015', () => {
    expect(state2012).toEqual({ minors: 82, young: 7, youngHalf: true, ghost: undefined, ring: false });
    expect(state2015).toEqual({ minors: 22, young: 1, youngHalf: false, ghost: 82, ring: true });
  });

  it('draws 1,000 distinct neutral dots, one per person', () => {
    const neutral = dots(dotArray(state2012).neutral);
    expect(neutral).toHaveLength(1000);
    expect(new Set(neutral).size).toBe(1000);
  });

  it('draws each coloured dot once, in exactly as many dots as the state counts', () => {
    for (const state of [state2012, state2015]) {
      const g = dotArray(state);
      const [minors, young, half] = [dots(g.minors), dots(g.young), g.youngHalf ? dots(g.youngHalf) : []];
      expect(young).toHaveLength(state.young);
      expect(half).toHaveLength(state.youngHalf ? 1 : 0);
      expect(minors.length + young.length + half.length).toBe(state.minors);
      expect(new Set([...minors, ...young, ...half]).size).toBe(state.minors);
      // Every coloured dot sits on a neutral one.
      const neutral = new Set(dots(g.neutral));
      for (const dot of [...minors, ...young, ...half]) expect(neutral.has(dot)).toBe(true);
    }
  });

  it('groups the minors in rows of ten at the top-left corner, the young minors first', () => {
    const g = dotArray(state2012);
    const cells = (d: string) => dots(d).map((p) => p.split(',').map((n) => (Number(n) - CELL / 2) / CELL) as [number, number]);
    for (const [col, row] of cells(g.minors)) {
      expect(col).toBeLessThan(GROUP_WIDTH);
      expect(row).toBeLessThanOrEqual(Math.floor(state2012.minors / GROUP_WIDTH));
    }
    expect(cells(g.young)).toEqual([0, 1, 2, 3, 4, 5, 6].map((c) => [c, 0]));
    expect(cells(g.youngHalf)).toEqual([[7, 0]]);
    expect(g.half).toEqual({ cx: 7 * CELL + CELL / 2, cy: CELL / 2 });
  });

  it('keeps the earlier group as an outline of its size, and rings a lone young dot', () => {
    const g = dotArray(state2015);
    expect(g.ghost).toBe(groupOutline(82));
    expect(groupOutline(82)).toBe(`M0 0H80V64H16V72H0Z`);
    expect(groupOutline(20)).toBe('M0 0H80V16H0Z');
    expect(groupOutline(3)).toBe('M0 0H24V8H0Z');
    expect(g.ring).toEqual({ cx: 4, cy: 4, r: RING_R });
    // The half-ring clears the dot's covering stroke and every neighbour's: sampled along the arc.
    const cover = (DOT + 0.6) / 2;
    const neighbours = [
      [CELL, 0],
      [0, CELL],
      [CELL, CELL],
    ];
    for (let deg = 135; deg <= 315; deg += 5) {
      const [x, y] = [RING_R * Math.cos((deg * Math.PI) / 180), RING_R * Math.sin((deg * Math.PI) / 180)];
      expect(Math.hypot(x, y) - RING_WIDTH / 2).toBeGreaterThan(cover);
      for (const [nx, ny] of neighbours) expect(Math.hypot(x - nx!, y - ny!) - RING_WIDTH / 2, `${deg}°`).toBeGreaterThan(cover);
    }
    expect(halfRing(g.ring!)).toMatch(/^M-1\.09 9\.09A7\.2 7\.2 0 0 1 /);
    expect(dotArray(state2012).ring).toBeUndefined();
  });

  it('is deterministic', () => {
    expect(dotArray(state2015)).toEqual(dotArray({ ...state2015 }));
  });

  it('refuses states the array cannot draw', () => {
    expect(() => dotArray({ minors: 5, young: 6, youngHalf: false, ring: false })).toThrow(RangeError);
    expect(() => dotArray({ minors: GROUP_WIDTH * GRID.rows + 1, young: 0, youngHalf: false, ring: false })).toThrow(RangeError);
    expect(() => dotArray(state2012, { cols: 10, rows: 10 })).toThrow(RangeError);
  });

  it('merges neighbouring dots into runs', () => {
    expect(
      runsPath([
        [0, 0],
        [1, 0],
        [2, 0],
        [5, 0],
        [0, 1],
      ]),
    ).toBe('M4 4h17M44 4h1M4 12h1');
  });

  it('renders as one small <svg> of a few nodes', async () => {
    const svg = String(<DotArraySvg geometry={dotArray(state2015)} />);
    const elements = svg.match(/<[a-z]+/g) ?? [];
    expect(elements.length).toBeLessThanOrEqual(8);
    const size = await gzipSize(svg);
    console.log(`dot array: ${svg.length} B, ${size} B gzipped`);
    expect(size).toBeLessThan(600);
  });
});
