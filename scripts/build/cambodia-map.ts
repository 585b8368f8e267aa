// Cambodia's outline from Natural Earth, projected and simplified to one short SVG path, and the
// studied cities projected into the same frame. Build time only: the client gets a static path.
//   npm run geo:map   rewrites content/geo/cambodia-map.json (committed; a test checks it is current)
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { MultiPolygon, Polygon, Position } from 'geojson';

export const MAP_FILE = 'content/geo/cambodia-map.json';
const PLACES_FILE = 'content/geo/places.json';
const ATLAS_FILE = 'node_modules/world-atlas/countries-10m.json';

/** Map width in SVG units; the height follows from the country's shape. */
const WIDTH = 200;
const MARGIN = 4;
/** Simplification tolerance in SVG units: below a pixel at the sizes the panel draws. */
const TOLERANCE = 0.9;
/** Islands smaller than this (in square units) are dropped; they would be specks. */
const MIN_AREA = 12;

export interface CambodiaMap {
  source: string;
  viewBox: [number, number];
  path: string;
  cities: Record<string, [number, number]>;
}

interface Places {
  source: string;
  country: string;
  cities: Record<string, { lon: number; lat: number }>;
}

type Point = [number, number];

/** Equirectangular with the parallel of the country's middle true to scale: near the equator this is as good as any projection. */
function projection(bounds: [number, number, number, number]) {
  const [west, south, east, north] = bounds;
  const k = Math.cos(((south + north) / 2) * (Math.PI / 180));
  const scale = (WIDTH - 2 * MARGIN) / ((east - west) * k);
  const height = Math.ceil((north - south) * scale + 2 * MARGIN);
  const project = ([lon, lat]: Position): Point => [MARGIN + (lon! - west) * k * scale, MARGIN + (north - lat!) * scale];
  return { project, height };
}

/** Ramer–Douglas–Peucker on a closed ring. */
function simplify(ring: Point[], tolerance: number): Point[] {
  const keep = new Uint8Array(ring.length);
  keep[0] = keep[ring.length - 1] = 1;
  const stack: [number, number][] = [[0, ring.length - 1]];
  // A closed ring starts and ends at one point: split it at the farthest point first.
  let far = 0;
  let farDistance = -1;
  for (let i = 1; i < ring.length - 1; i++) {
    const d = Math.hypot(ring[i]![0] - ring[0]![0], ring[i]![1] - ring[0]![1]);
    if (d > farDistance) [far, farDistance] = [i, d];
  }
  keep[far] = 1;
  stack.splice(0, 1, [0, far], [far, ring.length - 1]);
  while (stack.length) {
    const [a, b] = stack.pop()!;
    const [ax, ay] = ring[a]!;
    const [bx, by] = ring[b]!;
    const length = Math.hypot(bx - ax, by - ay) || 1;
    let index = -1;
    let max = tolerance;
    for (let i = a + 1; i < b; i++) {
      const [px, py] = ring[i]!;
      const d = Math.abs((bx - ax) * (ay - py) - (ax - px) * (by - ay)) / length;
      if (d > max) [index, max] = [i, d];
    }
    if (index >= 0) {
      keep[index] = 1;
      stack.push([a, index], [index, b]);
    }
  }
  return ring.filter((_, i) => keep[i]);
}

function area(ring: Point[]): number {
  let sum = 0;
  for (let i = 0; i < ring.length; i++) {
    const [x1, y1] = ring[i]!;
    const [x2, y2] = ring[(i + 1) % ring.length]!;
    sum += x1 * y2 - x2 * y1;
  }
  return Math.abs(sum / 2);
}

/** One subpath per ring, relative moves in whole tenths: short, and gzip-friendly. */
function ringPath(ring: Point[]): string {
  const tenths = ring.map(([x, y]) => [Math.round(x * 10), Math.round(y * 10)] as const);
  const num = (n: number) => (n / 10).toString().replace(/^(-?)0\./, '$1.');
  const [x0, y0] = tenths[0]!;
  let d = `M${num(x0)} ${num(y0)}`;
  let [px, py] = [x0, y0];
  const deltas: string[] = [];
  for (const [x, y] of tenths.slice(1, -1)) {
    if (x === px && y === py) continue;
    deltas.push(`${num(x - px)}${y - py < 0 ? '' : ' '}${num(y - py)}`);
    [px, py] = [x, y];
  }
  return `${d}l${deltas.join(' ').replace(/ -/g, '-')}z`;
}

export function buildCambodiaMap(): CambodiaMap {
  const places = JSON.parse(readFileSync(PLACES_FILE, 'utf8')) as Places;
  const topology = JSON.parse(readFileSync(ATLAS_FILE, 'utf8')) as Topology<{ countries: GeometryCollection }>;
  const geometry = topology.objects.countries.geometries.find((g) => String(g.id) === places.country);
  if (!geometry) throw new Error(`country ${places.country} not in ${ATLAS_FILE}`);
  const shape = (feature(topology, geometry) as GeoJSON.Feature).geometry as Polygon | MultiPolygon;
  const polygons = shape.type === 'Polygon' ? [shape.coordinates] : shape.coordinates;
  const outer = polygons.map((p) => p[0]!);

  const all = outer.flat();
  const bounds: [number, number, number, number] = [
    Math.min(...all.map((p) => p[0]!)),
    Math.min(...all.map((p) => p[1]!)),
    Math.max(...all.map((p) => p[0]!)),
    Math.max(...all.map((p) => p[1]!)),
  ];
  const { project, height } = projection(bounds);
  const rings = outer
    .map((ring) => ring.map(project))
    .filter((ring) => area(ring) >= MIN_AREA)
    .sort((a, b) => area(b) - area(a))
    .map((ring) => simplify(ring, TOLERANCE));

  const cities = Object.fromEntries(
    Object.entries(places.cities).map(([id, { lon, lat }]) => {
      const [x, y] = project([lon, lat]);
      return [id, [Math.round(x * 10) / 10, Math.round(y * 10) / 10] as [number, number]];
    }),
  );
  return { source: places.source, viewBox: [WIDTH, height], path: rings.map(ringPath).join(''), cities };
}

export function serializeMap(map: CambodiaMap): string {
  return JSON.stringify(map, null, 2) + '\n';
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const map = buildCambodiaMap();
  writeFileSync(MAP_FILE, serializeMap(map));
  console.log(`${MAP_FILE}: ${map.path.length} characters of path, viewBox ${map.viewBox.join('×')}`);
}
