// The locator map, as drawn at build time by scripts/build/cambodia-map.ts from Natural Earth.
import mapJson from '../../content/geo/cambodia-map.json';

export interface LocatorMap {
  width: number;
  height: number;
  path: string;
  cities: { id: string; x: number; y: number; /** label side, so labels stay inside the frame */ side: 'left' | 'right' }[];
}

const raw = mapJson as unknown as { viewBox: [number, number]; path: string; cities: Record<string, [number, number]> };

export const MAP_SOURCE = 'Natural Earth';

export function locatorMap(): LocatorMap {
  const [width, height] = raw.viewBox;
  return {
    width,
    height,
    path: raw.path,
    cities: Object.entries(raw.cities).map(([id, [x, y]]) => ({ id, x, y, side: x > width * 0.45 ? 'left' : 'right' })),
  };
}
