// The API's published JSON Schema says what the serializers promise: a figure over a period has
// no single year, the licence is named with its URL, and an oEmbed thumbnail comes whole.
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { responseSchema } from '../../worker/api/schema';
import { datasetJson, figureJson } from '../../worker/api/serialize';
import { findFigure } from '../../worker/content';
import { LOCALES } from '../../worker/i18n/locales';
import { SOURCE, TRANSLATED } from '../support/locales';

const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats.default(ajv);
ajv.addSchema(responseSchema, 'api');
const valid = (name: string, value: unknown) => ajv.validate(`api#/$defs/${name}`, JSON.parse(JSON.stringify(value)));
const links = { origin: 'https://story.test' };

describe('the API schema', () => {
  it.each([undefined, ...LOCALES])('accepts the dataset as served (lang %s)', (locale) => {
    expect(valid('dataset', datasetJson(links, locale)), ajv.errorsText()).toBe(true);
  });

  it('refuses a figure over a period that also claims a year', () => {
    const cases = figureJson(findFigure('cases')!, links, TRANSLATED);
    expect(cases.year).toBeNull();
    expect(valid('figure', cases)).toBe(true);
    expect(valid('figure', { ...cases, year: 2015 })).toBe(false);
    expect(valid('figure', { ...figureJson(findFigure('minors-2015')!, links), year: 2015 })).toBe(true);
  });

  it('refuses a licence without its URL, and a citation that is not text', () => {
    const dataset = datasetJson(links, SOURCE);
    expect(valid('dataset', { ...dataset, license: { ...dataset.license, url: undefined } })).toBe(false);
    expect(valid('dataset', { ...dataset, license: 'CC BY 4.0' })).toBe(false);
    expect(valid('dataset', { ...dataset, citation: 1 })).toBe(false);
  });

  it('wants an oEmbed thumbnail with its width and height', () => {
    const base = { version: '1.0', type: 'rich', html: '<iframe></iframe>', width: 360, height: 220 };
    expect(valid('oembed', base)).toBe(true);
    expect(valid('oembed', { ...base, thumbnail_url: 'https://story.test/c.png', thumbnail_width: 1200, thumbnail_height: 630 })).toBe(
      true,
    );
    expect(valid('oembed', { ...base, thumbnail_url: 'https://story.test/c.png' })).toBe(false);
  });
});
