// The one definition of the data's shape and the documents made from it: the API's JSON Schema and
// OpenAPI document as the app serves them (in Node, where ajv may compile), and the content schema.
import { readFileSync } from 'node:fs';
import { Validator } from '@seriousme/openapi-schema-validator';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { CONTENT_SCHEMA_FILE, contentSchema, contentSchemaText } from '../../scripts/build/schemas';
import type { ApiDataset, ApiFigure } from '../../worker/api/schema';
import type { datasetJson, figureJson } from '../../worker/api/serialize';
import { LOCALES } from '../../worker/i18n/locales';
import worker from '../../worker/index';
import { refsOf } from '../support/json-refs';

type Doc = Record<string, unknown> & { components: { schemas: Record<string, unknown> }; paths: Record<string, unknown> };

async function served<T>(path: string): Promise<T> {
  const res = await worker.fetch(new Request(`https://story.test${path}`), {} as never);
  expect(res.status, path).toBe(200);
  return (await res.json()) as T;
}

describe('the published API documents', () => {
  it.each(['/api/v1/openapi.json', '/api/v1/schema.json'])('%s: every $ref resolves inside the document', async (path) => {
    const refs = refsOf(await served(path));
    expect(refs.length).toBeGreaterThan(10);
    expect(refs.filter((r) => !r.resolves)).toEqual([]);
  });

  it('OpenAPI refers to its components, never to $defs', async () => {
    const doc = await served<Doc>('/api/v1/openapi.json');
    const refs = refsOf(doc).map((r) => r.ref);
    expect(refs.filter((ref) => !ref.startsWith('#/components/schemas/'))).toEqual([]);
    expect(Object.keys(doc.components.schemas)).toEqual(
      expect.arrayContaining(['dataset', 'figure', 'range', 'lang', 'problem', 'oembed']),
    );
  });

  it('passes an OpenAPI 3.1 validator, refs resolved', async () => {
    const validator = new Validator();
    const verdict = await validator.validate(await served<Doc>('/api/v1/openapi.json'));
    expect(verdict.errors).toBeUndefined();
    expect(verdict.valid).toBe(true);
    expect(validator.version).toBe('3.1');
    expect(() => validator.resolveRefs()).not.toThrow();
  });

  it('the validator refuses a document with a dangling $ref', async () => {
    const doc = await served<Doc>('/api/v1/openapi.json');
    const broken = { ...doc, components: { schemas: { ...doc.components.schemas, range: undefined } } };
    const verdict = await new Validator().validate(JSON.parse(JSON.stringify(broken)));
    expect(verdict.valid).toBe(false);
    expect(String(verdict.errors)).toContain('#/components/schemas/range');
  });

  it('lang is the locale list, in both documents', async () => {
    const schema = await served<{ $defs: { lang: unknown } }>('/api/v1/schema.json');
    const openapi = await served<Doc>('/api/v1/openapi.json');
    expect(schema.$defs.lang).toEqual({ enum: [...LOCALES] });
    expect(openapi.components.schemas.lang).toEqual({ enum: [...LOCALES] });
    const get = (openapi.paths['/api/v1/prevalence'] as { get: { parameters: { name: string; schema: unknown }[] } }).get;
    expect(get.parameters.find((p) => p.name === 'lang')?.schema).toEqual({ $ref: '#/components/schemas/lang' });
  });
});

describe('content/data/figures.schema.json', () => {
  it('is the one generated from worker/content/shapes.ts (npm run schemas)', () => {
    const committed = readFileSync(CONTENT_SCHEMA_FILE, 'utf8');
    expect(JSON.parse(committed)).toEqual(contentSchema());
    expect(JSON.parse(contentSchemaText())).toEqual(contentSchema());
  });

  it('has every $ref resolve', () => {
    const refs = refsOf(contentSchema());
    expect(refs.length).toBeGreaterThan(5);
    expect(refs.filter((r) => !r.resolves)).toEqual([]);
  });
});

describe('types derived from the shapes', () => {
  it('the serializers produce what the schema describes', () => {
    expectTypeOf<ReturnType<typeof figureJson>>().toExtend<ApiFigure>();
    expectTypeOf<ReturnType<typeof datasetJson>>().toExtend<ApiDataset>();
    expectTypeOf<ApiFigure['lang']>().toEqualTypeOf<(typeof LOCALES)[number] | undefined>();
    expectTypeOf<ApiFigure['value']>().toEqualTypeOf<number | { low: number; high: number }>();
  });
});
