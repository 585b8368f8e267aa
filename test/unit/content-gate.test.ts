import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkAllContent, checkDataSchema } from '../../scripts/check-content';
import type { Dataset } from '../../worker/content/types';
import { checkDataReferences, checkNoMarkup, formatProblems } from '../../worker/content/validate';
import { SOURCE, TRANSLATED } from '../support/locales';

const dataset = JSON.parse(readFileSync('content/data/figures.json', 'utf8')) as Dataset;

describe('the content gate', () => {
  it('passes on the content as it is', async () => {
    expect(formatProblems(await checkAllContent())).toBe('');
  });

  it('validates the data file against its schema', async () => {
    expect(await checkDataSchema()).toEqual([]);
  });

  it('names the file and key of a figure the schema refuses', async () => {
    const figures = dataset.figures.map((f, i) => (i === 2 ? { ...f, unit: 'furlongs', decimals: -1 } : f));
    const problems = formatProblems(await checkDataSchema({ ...dataset, figures }));
    expect(problems).toContain('content/data/figures.json: /figures/2/unit:');
    expect(problems).toContain('content/data/figures.json: /figures/2/decimals:');
  });

  it('ties a range value to the "range" qualifier, both ways', async () => {
    const index = dataset.figures.findIndex((f) => f.qualifier === 'range');
    const exact = dataset.figures.findIndex((f) => typeof f.value === 'number');
    const figures = dataset.figures.map((f, i) =>
      i === index ? { ...f, qualifier: 'exact' } : i === exact ? { ...f, qualifier: 'range' } : f,
    );
    const problems = formatProblems(await checkDataSchema({ ...dataset, figures }));
    expect(problems).toContain(`content/data/figures.json: /figures/${index}/qualifier: must be equal to constant`);
    expect(problems).toContain(`content/data/figures.json: /figures/${exact}/qualifier: must NOT be valid`);
  });

  it('refuses an unknown field and a missing version', async () => {
    const { version: _version, ...rest } = dataset;
    const problems = formatProblems(await checkDataSchema({ ...rest, extra: true }));
    expect(problems).toContain("must have required property 'version'");
    expect(problems).toContain('must NOT have additional properties');
  });

  it('names the file and key of a source URL that is not https', () => {
    const broken = { ...dataset, sources: [{ ...dataset.sources[0]!, url: 'javascript:alert(1)' }, ...dataset.sources.slice(1)] };
    expect(formatProblems(checkDataReferences(broken))).toContain(
      'content/data/figures.json: sources.ijm-press-release-2015: source url must be an absolute https:// URL',
    );
  });

  it('catches a figure that points at a missing source, place or population', () => {
    const figure = { ...dataset.figures[1]!, source: 'nowhere', places: ['atlantis'], population: 'aliens' };
    const problems = formatProblems(checkDataReferences({ ...dataset, figures: [figure] }));
    expect(problems).toContain('figures.minors-2012: unknown source "nowhere"');
    expect(problems).toContain('unknown place "atlantis"');
    expect(problems).toContain('unknown population "aliens"');
  });

  it('catches duplicate figure ids', () => {
    const problems = checkDataReferences({ ...dataset, figures: [dataset.figures[1]!, dataset.figures[1]!] });
    expect(formatProblems(problems)).toContain('duplicate figure id');
  });

  it.each(['<b>bold</b>', 'see <a href="x">this</a>', '<script>alert(1)</script>', 'javascript:void(0)', 'a &amp; b', 'x onload=alert(1)'])(
    'rejects markup in a locale string: %s',
    (text) => {
      expect(formatProblems(checkNoMarkup(`content/story/${TRANSLATED}.json`, { 'step.fall.body': text }))).toBe(
        `content/story/${TRANSLATED}.json: step.fall.body: raw HTML or script in a locale string: write plain text`,
      );
    },
  );

  it('lets plain prose through, quotes and arrows included', () => {
    expect(checkNoMarkup(SOURCE, { a: 'IJM calls it "just" {fig:young-minors-2015} — 2012 → 2015 < and > alone' })).toEqual([]);
  });
});
