// One URL of each route kind, shared by the CPU benches (scripts/bench-cpu.ts in Node,
// scripts/bench-cpu-workerd.ts in workerd) so that their tables compare the same requests.
export const BENCH_ORIGIN = 'http://bench.test';

export const BENCH_ROUTES: [kind: string, path: string][] = [
  ['story', '/km/'],
  ['figure', '/en/f/minors-2015'],
  ['sources', '/km/sources'],
  ['data', '/en/data?figure=minors-2015&lang=km'],
  ['embed', '/embed/minors-2015?lang=km'],
  ['api dataset', '/api/v1/prevalence?lang=km'],
  ['api figure', '/api/v1/prevalence/minors-2015'],
  ['api csv', '/api/v1/prevalence.csv?lang=km'],
  ['api schema', '/api/v1/schema.json'],
  ['api openapi', '/api/v1/openapi.json'],
  ['oembed', `/oembed?url=${encodeURIComponent(`${BENCH_ORIGIN}/km/`)}&maxwidth=400`],
  ['negotiate', '/'],
  ['not found', '/km/nothing-here'],
  ['bad lang', '/embed/minors-2015?lang=xx'],
  ['static asset', '/robots.txt'],
];
