// OpenAPI 3.1 description of every API route, published at /api/v1/openapi.json.
import { dataset } from '../content';
import { componentSchemas } from './schema';

const lang = {
  name: 'lang',
  in: 'query',
  required: false,
  description:
    "Localizes the dataset's title, description, citation and licence text and adds each figure's labels and display strings (Khmer digits for km).",
  schema: { $ref: '#/components/schemas/lang' },
};
const figureId = { name: 'id', in: 'path', required: true, schema: { type: 'string' } };
const problem = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/problem' } } },
});
const cached = {
  ETag: { schema: { type: 'string' }, description: 'Strong validator; send it back as If-None-Match for a 304.' },
  'Cache-Control': { schema: { type: 'string' } },
  'Last-Modified': { schema: { type: 'string' }, description: "The data version's date; send it back as If-Modified-Since for a 304." },
};

export function openApiDocument(origin: string) {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Cambodia prevalence API',
      version: dataset.version,
      // The compilation's licence; each figure is credited to its source in the data.
      license: { name: dataset.license.name, url: dataset.license.url },
      description:
        'Live figures of the story, for partner sites to embed. Read-only: GET, HEAD and OPTIONS (CORS, any origin). Errors are RFC 9457 problem details.',
    },
    servers: [{ url: origin }],
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    components: { schemas: componentSchemas },
    paths: {
      '/api/v1/prevalence': {
        get: {
          summary: 'Every figure, with dataset metadata',
          parameters: [lang],
          responses: {
            200: {
              description: 'The dataset',
              headers: cached,
              content: { 'application/json': { schema: { $ref: '#/components/schemas/dataset' } } },
            },
            304: { description: 'Not modified' },
            400: problem('Unsupported lang'),
          },
        },
      },
      '/api/v1/prevalence/{id}': {
        get: {
          summary: 'One figure',
          parameters: [figureId, lang],
          responses: {
            200: {
              description: 'The figure',
              headers: cached,
              content: { 'application/json': { schema: { $ref: '#/components/schemas/figure' } } },
            },
            304: { description: 'Not modified' },
            400: problem('Unsupported lang'),
            404: problem('Unknown figure id; the list of ids is at /api/v1/prevalence'),
          },
        },
      },
      '/api/v1/prevalence.csv': {
        get: {
          summary: 'Every figure as RFC 4180 CSV (UTF-8 with a byte-order mark, so spreadsheets read it as UTF-8; header row)',
          parameters: [lang],
          responses: {
            200: { description: 'CSV', headers: cached, content: { 'text/csv': { schema: { type: 'string' } } } },
            304: { description: 'Not modified' },
            400: problem('Unsupported lang'),
          },
        },
      },
      '/api/v1/schema.json': {
        get: {
          summary: 'JSON Schema of the responses',
          responses: { 200: { description: 'JSON Schema 2020-12', content: { 'application/schema+json': {} } } },
        },
      },
      '/api/v1/openapi.json': {
        get: { summary: 'This document', responses: { 200: { description: 'OpenAPI 3.1', content: { 'application/json': {} } } } },
      },
      '/embed/{id}': {
        get: {
          summary: 'A self-contained HTML card of one figure, for an iframe; posts its height to the parent',
          parameters: [figureId, lang],
          responses: { 200: { description: 'HTML card', content: { 'text/html': {} } }, 404: { description: 'Unknown figure' } },
        },
      },
      '/embed.js': {
        get: {
          summary: 'Defines <prevalence-figure figure="id" lang="km">, which renders the card from this API',
          responses: { 200: { description: 'JavaScript', content: { 'text/javascript': {} } } },
        },
      },
      '/oembed': {
        get: {
          summary: 'oEmbed 1.0 (rich) for a story or figure URL',
          parameters: [
            { name: 'url', in: 'query', required: true, schema: { type: 'string', format: 'uri' } },
            { name: 'format', in: 'query', required: false, schema: { enum: ['json'] } },
            { name: 'maxwidth', in: 'query', required: false, schema: { type: 'integer' } },
          ],
          responses: {
            200: { description: 'oEmbed response', content: { 'application/json': { schema: { $ref: '#/components/schemas/oembed' } } } },
            400: problem('Missing or malformed url'),
            404: problem('The url is not a page of this story'),
            501: problem('Only format=json is implemented'),
          },
        },
      },
    },
  };
}
