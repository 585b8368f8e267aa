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

const notModified = { description: 'Not modified: the If-None-Match or If-Modified-Since validator still holds' };
const tooLong = problem('The query is longer than the API accepts (1,024 characters)');
const html = (description: string) => ({ description, content: { 'text/html': { schema: { type: 'string' } } } });
const json = (description: string, ref?: string) => ({
  description,
  content: { 'application/json': { schema: ref ? { $ref: `#/components/schemas/${ref}` } : { type: 'object' } } },
});
// oEmbed §2.2: a positive whole number of pixels; the route answers 400 for anything else.
const pixels = { type: 'integer', minimum: 1, maximum: 999_999 };

export function openApiDocument(origin: string) {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Cambodia prevalence API',
      version: dataset.version,
      // The compilation's licence; each figure is credited to its source in the data.
      license: { name: dataset.license.name, url: dataset.license.url },
      contact: { name: 'Sources and corrections', url: `${origin}/en/sources` },
      description:
        'Live figures of the story, for partner sites to embed. Read-only: GET, HEAD and OPTIONS (CORS, any origin). Errors are RFC 9457 problem details.',
    },
    servers: [{ url: origin }],
    // Keyless: anyone may read it.
    security: [],
    tags: [
      { name: 'figures', description: 'The figures and their metadata, as JSON and CSV' },
      { name: 'documents', description: 'The descriptions of this API: JSON Schema and OpenAPI' },
      { name: 'embeds', description: 'What a partner page embeds: the card, the web component, oEmbed' },
    ],
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    components: { schemas: componentSchemas },
    paths: {
      '/api/v1/prevalence': {
        get: {
          operationId: 'listFigures',
          tags: ['figures'],
          summary: 'Every figure, with dataset metadata',
          description:
            'The whole dataset: every figure with its value, period or year, places, population and source, and the citation and licence.',
          parameters: [lang],
          responses: {
            200: { ...json('The dataset', 'dataset'), headers: cached },
            304: notModified,
            400: problem('Unsupported lang'),
            414: tooLong,
          },
        },
      },
      '/api/v1/prevalence/{id}': {
        get: {
          operationId: 'getFigure',
          tags: ['figures'],
          summary: 'One figure',
          description: 'One figure by its id, as in the dataset.',
          parameters: [figureId, lang],
          responses: {
            200: { ...json('The figure', 'figure'), headers: cached },
            304: notModified,
            400: problem('Unsupported lang'),
            404: problem('Unknown figure id; the list of ids is at /api/v1/prevalence'),
            414: tooLong,
          },
        },
      },
      '/api/v1/prevalence.csv': {
        get: {
          operationId: 'listFiguresCsv',
          tags: ['figures'],
          summary: 'Every figure as CSV',
          description: 'Every figure as RFC 4180 CSV: UTF-8 with a byte-order mark, so spreadsheets read it as UTF-8, and a header row.',
          parameters: [lang],
          responses: {
            200: { description: 'CSV', headers: cached, content: { 'text/csv': { schema: { type: 'string' } } } },
            304: notModified,
            400: problem('Unsupported lang'),
            414: tooLong,
          },
        },
      },
      '/api/v1/schema.json': {
        get: {
          operationId: 'getSchema',
          tags: ['documents'],
          summary: 'JSON Schema of the responses',
          description: 'The JSON Schema (2020-12) that every JSON response of this API validates against.',
          responses: {
            200: { description: 'JSON Schema 2020-12', content: { 'application/schema+json': { schema: { type: 'object' } } } },
            304: notModified,
            414: tooLong,
          },
        },
      },
      '/api/v1/openapi.json': {
        get: {
          operationId: 'getOpenApi',
          tags: ['documents'],
          summary: 'This document',
          description: 'This OpenAPI 3.1 description of every route.',
          responses: { 200: json('OpenAPI 3.1'), 304: notModified, 414: tooLong },
        },
      },
      '/embed/{id}': {
        get: {
          operationId: 'getEmbedCard',
          tags: ['embeds'],
          summary: 'The card of one figure, for an iframe',
          description: 'A self-contained HTML card of one figure, for an iframe; it posts its height to the parent page.',
          parameters: [figureId, lang],
          responses: {
            200: html('HTML card'),
            304: notModified,
            400: problem('Unsupported lang'),
            404: { description: 'Unknown figure' },
          },
        },
      },
      '/embed.js': {
        get: {
          operationId: 'getEmbedScript',
          tags: ['embeds'],
          summary: 'The web component',
          description: 'Defines <prevalence-figure figure="id" lang="km">, which renders the card from this API.',
          responses: {
            200: { description: 'JavaScript', content: { 'text/javascript': { schema: { type: 'string' } } } },
            304: notModified,
            // Cloudflare, not this Worker: a plan's daily request limit.
            429: { description: "Over the hosting plan's daily request limit (answered by Cloudflare)" },
          },
        },
      },
      '/oembed': {
        get: {
          operationId: 'getOembed',
          tags: ['embeds'],
          summary: 'oEmbed 1.0 for a story or figure page',
          description:
            'oEmbed 1.0 (rich) for a story or figure URL of this site; the answer fits maxwidth and maxheight, and the frame never grows past maxheight.',
          parameters: [
            {
              name: 'url',
              in: 'query',
              required: true,
              description: 'A story or figure page of this site',
              schema: { type: 'string', format: 'uri' },
            },
            { name: 'format', in: 'query', required: false, description: 'Only json', schema: { enum: ['json'] } },
            { name: 'maxwidth', in: 'query', required: false, description: 'The widest the frame may be, in CSS pixels', schema: pixels },
            { name: 'maxheight', in: 'query', required: false, description: 'The tallest the frame may be, in CSS pixels', schema: pixels },
          ],
          responses: {
            200: json('oEmbed response', 'oembed'),
            400: problem('Missing or malformed url, maxwidth or maxheight'),
            404: problem('The url is not a page of this story'),
            501: problem('Only format=json is implemented'),
          },
        },
      },
    },
  };
}
