// JSON Schema (2020-12) of the API's responses, published at /api/v1/schema.json.
import { LOCALES } from '../i18n/locales';
const year = { type: 'integer', minimum: 1990, maximum: 2100 };
const id = { type: 'string', pattern: '^[a-z0-9]+(-[a-z0-9]+)*$' };
const url = { type: 'string', format: 'uri' };

export const responseSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://cambodia-prevalence-story/api/v1/schema.json',
  title: 'Cambodia prevalence API (v1)',
  description: 'A dataset response (GET /api/v1/prevalence) or one figure (GET /api/v1/prevalence/{id}).',
  oneOf: [{ $ref: '#/$defs/dataset' }, { $ref: '#/$defs/figure' }],
  $defs: {
    lang: { enum: [...LOCALES] },
    range: {
      type: 'object',
      required: ['low', 'high'],
      additionalProperties: false,
      properties: { low: { type: 'number' }, high: { type: 'number' } },
    },
    figure: {
      type: 'object',
      required: ['id', 'value', 'unit', 'decimals', 'qualifier', 'year', 'population', 'places', 'source', 'links'],
      additionalProperties: false,
      properties: {
        id,
        value: { oneOf: [{ type: 'number' }, { $ref: '#/$defs/range' }] },
        unit: { enum: ['percent', 'people', 'cases'] },
        decimals: { type: 'integer', minimum: 0 },
        qualifier: {
          enum: ['exact', 'more-than', 'range'],
          description: '"more-than": the value is a lower bound and every display must say so.',
        },
        year: { oneOf: [year, { type: 'null' }] },
        period: {
          type: 'object',
          required: ['from', 'to'],
          additionalProperties: false,
          properties: { from: year, to: year, approximate: { type: 'boolean' } },
        },
        derived: {
          type: 'object',
          required: ['op', 'from', 'to'],
          additionalProperties: false,
          properties: { op: { enum: ['relative-decrease'] }, from: id, to: id },
        },
        population: {
          type: 'object',
          required: ['id', 'definition'],
          additionalProperties: false,
          properties: { id, definition: { type: 'string' }, maxAge: { type: 'integer' } },
        },
        places: { type: 'array', items: id },
        source: {
          type: 'object',
          required: ['id', 'title', 'publisher', 'date'],
          additionalProperties: false,
          properties: { id, title: { type: 'string' }, publisher: { type: 'string' }, date: { type: 'string' }, url },
        },
        links: {
          type: 'object',
          required: ['self', 'story', 'sources', 'embed'],
          additionalProperties: false,
          properties: { self: url, story: url, sources: url, embed: url },
        },
        lang: { $ref: '#/$defs/lang' },
        label: { type: 'string' },
        display: { type: 'string', description: 'The value as a reader sees it, in the locale\'s digits, qualifier kept.' },
        detail: { type: 'string', description: 'When and where, localized.' },
        placeNames: { type: 'array', items: { type: 'string' } },
        credit: { type: 'string', description: 'The source credit and story link text, localized.' },
      },
      dependentRequired: { lang: ['label', 'display', 'detail', 'placeNames', 'credit'] },
    },
    dataset: {
      type: 'object',
      required: ['title', 'description', 'citation', 'license', 'version', 'lastUpdated', 'links', 'figures'],
      additionalProperties: false,
      properties: {
        title: { type: 'string' },
        description: { type: 'string' },
        citation: { type: 'string' },
        license: { type: 'string' },
        version: { type: 'string', pattern: '^\\d+\\.\\d+\\.\\d+$' },
        lastUpdated: { type: 'string', format: 'date' },
        lang: { $ref: '#/$defs/lang' },
        links: {
          type: 'object',
          required: ['self', 'story', 'sources', 'changelog', 'schema', 'csv'],
          additionalProperties: false,
          properties: { self: url, story: url, sources: url, changelog: url, schema: url, csv: url },
        },
        figures: { type: 'array', minItems: 1, items: { $ref: '#/$defs/figure' } },
      },
    },
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
      },
    },
  },
} as const;
