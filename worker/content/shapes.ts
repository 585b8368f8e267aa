// The one definition of the data's shape, as JSON Schema 2020-12 fragments. From it come
// content/data/figures.schema.json (npm run schemas), the API's /api/v1/schema.json, OpenAPI's
// components and the TypeScript types of ./types.ts. Fragments refer to each other as
// '#/$defs/<name>'. 'lang' is left to the API, which fills it from the locale list: content sits
// below i18n and may not import it.

const url = { type: 'string', format: 'uri' } as const;
const text = { type: 'string', minLength: 1 } as const;
const ref = <const Name extends string>(name: Name) => ({ $ref: `#/$defs/${name}` }) as const;

// A value is a range exactly when the qualifier says "range" (a derived figure is never one).
const rangeIffQualified = {
  if: { type: 'object', required: ['value'], properties: { value: { type: 'object' } } },
  then: { properties: { qualifier: { const: 'range' } } },
  else: { properties: { qualifier: { not: { const: 'range' } } } },
} as const;

export const shapes = {
  id: { type: 'string', pattern: '^[a-z0-9]+(-[a-z0-9]+)*$' },
  year: { type: 'integer', minimum: 1990, maximum: 2100 },
  maxAge: { type: 'integer', minimum: 0, maximum: 120 },
  range: {
    type: 'object',
    required: ['low', 'high'],
    additionalProperties: false,
    properties: { low: { type: 'number', minimum: 0 }, high: { type: 'number', minimum: 0 } },
  },
  unit: { enum: ['percent', 'people', 'cases'] },
  qualifier: {
    enum: ['exact', 'more-than', 'range', 'derived'],
    description:
      '"more-than": the value is a lower bound and every display must say so. "derived": computed from other figures (see derived), rounded to the precision those inputs support.',
  },
  decimals: { type: 'integer', minimum: 0, maximum: 4 },
  period: {
    type: 'object',
    required: ['from', 'to'],
    additionalProperties: false,
    properties: { from: ref('year'), to: ref('year'), approximate: { type: 'boolean' } },
  },
  derivation: {
    type: 'object',
    required: ['op', 'from', 'to'],
    additionalProperties: false,
    properties: { op: { enum: ['relative-decrease'] }, from: ref('id'), to: ref('id') },
  },
  source: {
    type: 'object',
    required: ['id', 'title', 'publisher', 'date'],
    additionalProperties: false,
    properties: {
      id: ref('id'),
      title: text,
      publisher: text,
      date: { type: 'string', pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$' },
      url: { ...url, pattern: '^https://' },
    },
  },

  /** The licence of the project's own compilation and graphics; each figure stays its source's. */
  license: {
    type: 'object',
    required: ['id', 'name', 'url'],
    additionalProperties: false,
    properties: {
      id: { type: 'string', description: 'SPDX identifier, e.g. CC-BY-4.0.' },
      name: text,
      url: { ...url, pattern: '^https://' },
    },
  },

  /** A figure as stored in content/data/figures.json: either a value or a derivation. */
  figureRecord: {
    type: 'object',
    required: ['id', 'unit', 'decimals', 'qualifier', 'year', 'population', 'places', 'source'],
    additionalProperties: false,
    oneOf: [{ required: ['value'] }, { required: ['derived'] }],
    ...rangeIffQualified,
    properties: {
      id: ref('id'),
      value: { oneOf: [{ type: 'number', minimum: 0 }, ref('range')] },
      derived: ref('derivation'),
      unit: ref('unit'),
      decimals: ref('decimals'),
      qualifier: ref('qualifier'),
      year: { oneOf: [ref('year'), { type: 'null' }] },
      period: ref('period'),
      population: ref('id'),
      places: { type: 'array', items: ref('id') },
      source: ref('id'),
    },
  },

  /** content/data/figures.json: every figure, its source and how it was measured. */
  datasetFile: {
    type: 'object',
    required: ['title', 'version', 'lastUpdated', 'license', 'sources', 'places', 'populations', 'timeline', 'figures'],
    additionalProperties: false,
    properties: {
      $schema: { type: 'string' },
      title: text,
      version: ref('version'),
      license: ref('license'),
      lastUpdated: { type: 'string', format: 'date' },
      sources: { type: 'array', minItems: 1, items: ref('source') },
      places: { type: 'array', items: ref('id'), uniqueItems: true },
      populations: {
        type: 'object',
        propertyNames: ref('id'),
        additionalProperties: { type: 'object', additionalProperties: false, properties: { maxAge: ref('maxAge') } },
      },
      timeline: { type: 'object', propertyNames: ref('id'), additionalProperties: ref('year') },
      figures: { type: 'array', minItems: 1, items: ref('figureRecord') },
    },
  },
  version: { type: 'string', pattern: '^\\d+\\.\\d+\\.\\d+$' },

  /** One figure as the API serves it: the record resolved, its references expanded. */
  figure: {
    type: 'object',
    required: ['id', 'value', 'unit', 'decimals', 'qualifier', 'year', 'population', 'places', 'source', 'links'],
    additionalProperties: false,
    ...rangeIffQualified,
    properties: {
      id: ref('id'),
      // Not bounded below: a derived figure may be negative.
      value: { oneOf: [{ type: 'number' }, ref('range')] },
      unit: ref('unit'),
      decimals: ref('decimals'),
      qualifier: ref('qualifier'),
      year: {
        oneOf: [ref('year'), { type: 'null' }],
        description: 'The one year the figure was measured in; null when it covers a period (see period) or has no date.',
      },
      period: { ...ref('period'), description: 'The years a count or a change covers, e.g. 2003–2015; year is then null.' },
      derived: ref('derivation'),
      population: {
        type: 'object',
        required: ['id', 'definition'],
        additionalProperties: false,
        properties: { id: ref('id'), definition: { type: 'string' }, maxAge: ref('maxAge') },
      },
      places: { type: 'array', items: ref('id') },
      source: ref('source'),
      links: {
        type: 'object',
        required: ['self', 'story', 'sources', 'embed'],
        additionalProperties: false,
        properties: { self: url, story: url, sources: url, embed: url },
      },
      lang: ref('lang'),
      label: { type: 'string' },
      display: { type: 'string', description: "The value as a reader sees it, in the locale's digits, qualifier kept." },
      detail: { type: 'string', description: 'When and where, localized.' },
      placeNames: { type: 'array', items: { type: 'string' } },
      credit: { type: 'string', description: 'The source credit and story link text, localized.' },
    },
    dependentRequired: { lang: ['label', 'display', 'detail', 'placeNames', 'credit'] },
    // A figure over a period never also claims its last year.
    dependentSchemas: { period: { properties: { year: { type: 'null' } } } },
  },

  /** GET /api/v1/prevalence: every figure, with dataset metadata. */
  dataset: {
    type: 'object',
    required: ['title', 'description', 'citation', 'license', 'version', 'lastUpdated', 'links', 'figures'],
    additionalProperties: false,
    properties: {
      title: { type: 'string' },
      description: { type: 'string' },
      citation: { type: 'string', description: 'How to cite the dataset: title, publisher, version, date and URL, in lang.' },
      license: {
        type: 'object',
        required: ['id', 'name', 'url', 'text'],
        additionalProperties: false,
        properties: {
          id: { type: 'string' },
          name: { type: 'string' },
          url,
          text: { type: 'string', description: 'What the licence covers and how to credit, in lang.' },
        },
      },
      version: ref('version'),
      lastUpdated: { type: 'string', format: 'date' },
      lang: ref('lang'),
      links: {
        type: 'object',
        required: ['self', 'story', 'sources', 'changelog', 'schema', 'csv'],
        additionalProperties: false,
        properties: { self: url, story: url, sources: url, changelog: url, schema: url, csv: url },
      },
      figures: { type: 'array', minItems: 1, items: ref('figure') },
    },
  },

  /** RFC 9457 problem details, for every error. */
  problem: {
    type: 'object',
    required: ['type', 'title', 'status'],
    properties: {
      type: { type: 'string' },
      title: { type: 'string' },
      status: { type: 'integer', minimum: 400, maximum: 599 },
      detail: { type: 'string' },
    },
  },

  /** oEmbed 1.0, type rich. */
  oembed: {
    type: 'object',
    required: ['version', 'type', 'html', 'width', 'height'],
    properties: {
      version: { const: '1.0' },
      type: { const: 'rich' },
      html: { type: 'string' },
      width: { type: 'integer' },
      height: { type: 'integer' },
      title: { type: 'string' },
      provider_name: { type: 'string' },
      provider_url: url,
      cache_age: { type: 'integer' },
      thumbnail_url: { ...url, description: 'The share card (PNG).' },
      thumbnail_width: { type: 'integer' },
      thumbnail_height: { type: 'integer' },
    },
    // oEmbed §2.3.4: the thumbnail's three fields come together or not at all.
    dependentRequired: { thumbnail_url: ['thumbnail_width', 'thumbnail_height'] },
  },
} as const;

export type Shapes = typeof shapes;
