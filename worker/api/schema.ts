// The API's shapes: content's one definition, with 'lang' from the locale list. Published as
// JSON Schema 2020-12 at /api/v1/schema.json and as OpenAPI components at /api/v1/openapi.json.
import { defsReachedFrom, withRefsUnder } from '../content/json-schema';
import { shapes } from '../content/shapes';
import type { ShapeOf } from '../content/types';
import { LOCALES } from '../i18n/locales';

const apiShapes = { ...shapes, lang: { enum: LOCALES } } as const;
type ApiShapes = typeof apiShapes;

/** The shapes a response, a parameter or an error may have. */
const apiRoots = ['dataset', 'figure', 'problem', 'oembed', 'lang'] as const;
const apiDefs = defsReachedFrom(
  apiRoots.map((name) => ({ $ref: `#/$defs/${name}` })),
  apiShapes,
);

export type ApiFigure = ShapeOf<'figure', ApiShapes>;
export type ApiDataset = ShapeOf<'dataset', ApiShapes>;

export const responseSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://cambodia-prevalence-story/api/v1/schema.json',
  title: 'Cambodia prevalence API (v1)',
  description: 'A dataset response (GET /api/v1/prevalence) or one figure (GET /api/v1/prevalence/{id}).',
  oneOf: [{ $ref: '#/$defs/dataset' }, { $ref: '#/$defs/figure' }],
  $defs: apiDefs,
};

/** OpenAPI 3.1 keeps shared schemas in components.schemas; its $refs point there. */
export const componentSchemas = withRefsUnder(apiDefs, '#/components/schemas/');
