// What the OpenAPI document declares, the routes answer: each status below is produced by a real
// request and must be among the operation's declared responses.
import { describe, expect, it } from 'vitest';
import { openApiDocument } from '../../worker/api/openapi';
import { fetchWorker } from './fetch';
import { SOURCE } from '../support/locales';

const doc = openApiDocument('http://story.test') as unknown as { paths: Record<string, { get: { responses: Record<string, unknown> } }> };
const long = 'x'.repeat(1100);
const story = encodeURIComponent(`http://story.test/${SOURCE}/`);

async function conditional(path: string): Promise<number> {
  const etag = (await fetchWorker(path)).headers.get('ETag') ?? '';
  return (await fetchWorker(path, { headers: { 'If-None-Match': etag } })).status;
}

const cases: [operation: string, request: string, status: number | (() => Promise<number>)][] = [
  ['/api/v1/prevalence', '/api/v1/prevalence?lang=zz', 400],
  ['/api/v1/prevalence', `/api/v1/prevalence?q=${long}`, 414],
  ['/api/v1/prevalence', '/api/v1/prevalence', () => conditional('/api/v1/prevalence')],
  ['/api/v1/prevalence/{id}', '/api/v1/prevalence/no-such-figure', 404],
  ['/api/v1/prevalence.csv', `/api/v1/prevalence.csv?q=${long}`, 414],
  ['/api/v1/schema.json', '/api/v1/schema.json', () => conditional('/api/v1/schema.json')],
  ['/api/v1/schema.json', `/api/v1/schema.json?q=${long}`, 414],
  ['/api/v1/openapi.json', '/api/v1/openapi.json', () => conditional('/api/v1/openapi.json')],
  ['/embed/{id}', '/embed/minors-2015?lang=zz', 400],
  ['/embed/{id}', '/embed/no-such-figure', 404],
  ['/embed/{id}', '/embed/minors-2015', () => conditional(`/embed/minors-2015?lang=${SOURCE}`)],
  ['/oembed', `/oembed?url=${story}&maxheight=0`, 400],
  ['/oembed', `/oembed?url=${story}&maxwidth=1000000`, 400],
  ['/oembed', `/oembed?url=${story}&format=xml`, 501],
];

describe('the routes answer what the OpenAPI document declares', () => {
  it.each(cases)('%s: %s', async (operation, request, expected) => {
    const status = typeof expected === 'function' ? await expected() : (await fetchWorker(request)).status;
    if (typeof expected === 'number') expect(status).toBe(expected);
    else expect(status).toBe(304);
    expect(Object.keys(doc.paths[operation]!.get.responses)).toContain(String(status));
  });
});
