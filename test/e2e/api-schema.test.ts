// Every live API response, from the real Worker under wrangler dev, against the published schema.
// (ajv compiles validators with new Function, which workerd forbids, so this runs in Node.)
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { Validator } from '@seriousme/openapi-schema-validator';
import { describe, expect, inject, it } from 'vitest';
import { figures } from '../../worker/content';
import { refsOf } from '../support/json-refs';
import { SOURCE, TRANSLATED } from '../support/locales';

const origin = inject('origin');

async function validator() {
  const schema = (await (await fetch(`${origin}/api/v1/schema.json`)).json()) as object;
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats.default(ajv);
  ajv.addSchema(schema, 'api');
  return {
    check(def: 'dataset' | 'figure' | 'problem' | 'oembed', body: unknown) {
      const validate = ajv.getSchema(`api#/$defs/${def}`);
      if (!validate) throw new Error(`no $defs/${def}`);
      const ok = validate(body);
      return ok ? '' : ajv.errorsText(validate.errors);
    },
    root(body: unknown) {
      const validate = ajv.getSchema('api');
      return validate?.(body) ? '' : ajv.errorsText(validate?.errors);
    },
  };
}

describe('live API responses validate against /api/v1/schema.json', () => {
  it('the dataset, with and without lang', async () => {
    const v = await validator();
    for (const query of ['', `?lang=${SOURCE}`, `?lang=${TRANSLATED}`]) {
      const body = await (await fetch(`${origin}/api/v1/prevalence${query}`)).json();
      expect(v.check('dataset', body), query).toBe('');
      expect(v.root(body), query).toBe('');
    }
  });

  it('every figure, with and without lang', async () => {
    const v = await validator();
    for (const figure of figures) {
      for (const query of ['', `?lang=${TRANSLATED}`]) {
        const body = await (await fetch(`${origin}/api/v1/prevalence/${figure.id}${query}`)).json();
        expect(v.check('figure', body), figure.id + query).toBe('');
      }
    }
  });

  it('errors and oEmbed', async () => {
    const v = await validator();
    for (const path of ['/api/v1/prevalence?lang=zz', '/api/v1/prevalence/nothing', '/api/v1/nope', '/oembed?url=x']) {
      const res = await fetch(origin + path);
      expect(res.headers.get('Content-Type'), path).toMatch(/^application\/problem\+json/);
      expect(v.check('problem', await res.json()), path).toBe('');
    }
    const body = await (await fetch(`${origin}/oembed?url=${encodeURIComponent(`${origin}/${TRANSLATED}/`)}&format=json`)).json();
    expect(v.check('oembed', body)).toBe('');
  });

  it('a response that breaks the schema is caught', async () => {
    const v = await validator();
    const body = (await (await fetch(`${origin}/api/v1/prevalence/minors-2015`)).json()) as object;
    expect(v.check('figure', { ...body, value: '2.2' })).not.toBe('');
    expect(v.check('figure', { ...body, lang: TRANSLATED })).toContain('label');
  });
});

describe('the live API documents', () => {
  it.each(['/api/v1/openapi.json', '/api/v1/schema.json'])('%s: every $ref resolves inside the document', async (path) => {
    const refs = refsOf(await (await fetch(origin + path)).json());
    expect(refs.length).toBeGreaterThan(10);
    expect(refs.filter((r) => !r.resolves)).toEqual([]);
  });

  it('the OpenAPI document passes an OpenAPI 3.1 validator', async () => {
    const verdict = await new Validator().validate(await (await fetch(`${origin}/api/v1/openapi.json`)).json());
    expect(verdict.errors).toBeUndefined();
    expect(verdict.valid).toBe(true);
  });
});
