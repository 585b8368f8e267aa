// The locator map: a well-formed outline from Natural Earth, the cities inside it, and the
// committed file current with its source data.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildCambodiaMap, MAP_FILE, serializeMap, type CambodiaMap } from '../../scripts/build/cambodia-map';
import { insideRings, pathRings } from '../../worker/graphic/svg-path';

const committed = JSON.parse(readFileSync(MAP_FILE, 'utf8')) as CambodiaMap;

describe('content/geo/cambodia-map.json', () => {
  it('is what the build script makes from Natural Earth today', () => {
    expect(readFileSync(MAP_FILE, 'utf8')).toBe(serializeMap(buildCambodiaMap()));
  });

  it('is a short path of closed rings within its viewBox', () => {
    const [width, height] = committed.viewBox;
    const rings = pathRings(committed.path);
    expect(rings.length).toBeGreaterThanOrEqual(1);
    expect(committed.path.length).toBeLessThan(1500);
    expect(committed.path.match(/z/g)?.length).toBe(rings.length);
    for (const ring of rings) {
      expect(ring.length).toBeGreaterThanOrEqual(3);
      for (const [x, y] of ring) {
        expect(x).toBeGreaterThanOrEqual(0);
        expect(x).toBeLessThanOrEqual(width);
        expect(y).toBeGreaterThanOrEqual(0);
        expect(y).toBeLessThanOrEqual(height);
      }
    }
    // The mainland spans most of the frame: the projection was fitted, not left at a default.
    const xs = rings[0]!.map(([x]) => x);
    expect(Math.max(...xs) - Math.min(...xs)).toBeGreaterThan(width * 0.9);
  });

  it('places the three studied cities inside the outline, where they are relative to each other', () => {
    const rings = pathRings(committed.path);
    expect(Object.keys(committed.cities).sort()).toEqual(['phnom-penh', 'siem-reap', 'sihanoukville']);
    for (const [id, point] of Object.entries(committed.cities)) expect(insideRings(rings, point), id).toBe(true);
    const { 'phnom-penh': pp, 'siem-reap': sr, sihanoukville: sv } = committed.cities as Record<string, [number, number]>;
    expect(sr![1]).toBeLessThan(pp![1]); // Siem Reap lies north of Phnom Penh
    expect(sv![1]).toBeGreaterThan(pp![1]); // Sihanoukville lies south, on the coast
    expect(sv![0]).toBeLessThan(pp![0]); // and west
  });

  it('reads back the path commands the graphics write, and refuses others', () => {
    expect(pathRings('M1 2l3 0 0 3z')).toEqual([
      [
        [1, 2],
        [4, 2],
        [4, 5],
      ],
    ]);
    expect(pathRings('M0 0h8m-8 8h.5')).toEqual([
      [
        [0, 0],
        [8, 0],
      ],
      [
        [0, 8],
        [0.5, 8],
      ],
    ]);
    expect(() => pathRings('M0 0c1 1 2 2 3 3')).toThrow();
    const square: [number, number][][] = [
      [
        [0, 0],
        [10, 0],
        [10, 10],
        [0, 10],
      ],
    ];
    expect(insideRings(square, [5, 5])).toBe(true);
    expect(insideRings(square, [15, 5])).toBe(false);
  });
});
