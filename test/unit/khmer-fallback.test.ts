// The fallback metrics in scripts/build/khmer-fallback-fonts.json, checked against the fonts and
// the content they describe: if the Khmer text changes enough to change the widths, this fails
// and `npm run fonts:fallback` rewrites the numbers.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  advanceWidth,
  fallbackFontFaces,
  KHMER_FALLBACKS,
  khmerRuns,
  localNames,
  verticalMetrics,
} from '../../scripts/build/khmer-fallback';
import { contentCharacters, contentStrings, khmerFontFaces, subsetKhmerFont } from '../../scripts/build/khmer-font';

let runs: string[];
let webfont: Uint8Array;

beforeAll(async () => {
  runs = khmerRuns(await contentStrings('content/story'));
  webfont = await subsetKhmerFont(await contentCharacters('content'), 'sfnt');
});

describe('khmerRuns', () => {
  it('keeps the Khmer script, zero-width joiners included, and drops Latin and placeholders', () => {
    expect(khmerRuns(['ការសិក្សា IJM {year:minors-2012} ឆ្នាំ\u200bនេះ', 'English only'])).toEqual(['ការសិក្សា', 'ឆ្នាំ\u200bនេះ']);
  });

  it('finds the story: hundreds of runs, thousands of characters', () => {
    expect(runs.length).toBeGreaterThan(100);
    expect(runs.join('').length).toBeGreaterThan(2000);
  });
});

describe('fallbackFontFaces', () => {
  const sample = {
    webfont: { ascent: 1.1, descent: 0.3, lineGap: 0.05 },
    fallbacks: [{ family: 'Some Khmer', local: ['Some Khmer', 'SomeKhmer-Regular'], file: '/nowhere.ttf', widthRatio: 0.8 }],
  };

  it('scales the widths and divides the overrides by the same factor, which the browser applies to them', () => {
    const { css, families } = fallbackFontFaces(sample);
    expect(families).toEqual(['Some Khmer (sized as Noto Sans Khmer)']);
    expect(css).toBe(
      '@font-face{font-family:"Some Khmer (sized as Noto Sans Khmer)";src:local("Some Khmer"),local("SomeKhmer-Regular");' +
        'size-adjust:80.00%;ascent-override:137.50%;descent-override:37.50%;line-gap-override:6.25%;' +
        'unicode-range:U+0020,U+00A0,U+1780-17FF,U+19E0-19FF,U+200B-200D,U+25CC}',
    );
  });

  it('puts every fallback, in order, between the webfont and the system stack on Khmer pages', () => {
    const css = khmerFontFaces('/assets/font.woff2', ['km']);
    const stack = /:lang\(km\)\{font-family:([^}]*)\}/.exec(css)?.[1];
    expect(stack).toBe(
      ['"Noto Sans Khmer"', ...KHMER_FALLBACKS.fallbacks.map((f) => `"${f.family} (sized as Noto Sans Khmer)"`), 'var(--font)'].join(','),
    );
    for (const f of KHMER_FALLBACKS.fallbacks) expect(css).toContain(`local("${f.local[0]}")`);
  });
});

describe('khmer-fallback-fonts.json', () => {
  it("holds the webfont's own vertical metrics", () => {
    expect(KHMER_FALLBACKS.webfont).toEqual(verticalMetrics(webfont));
  });

  it('names each fallback by its family and PostScript name and gives a plausible ratio', () => {
    expect(KHMER_FALLBACKS.fallbacks.length).toBeGreaterThan(0);
    for (const f of KHMER_FALLBACKS.fallbacks) {
      expect(f.local[0]).toBe(f.family);
      expect(f.widthRatio).toBeGreaterThan(0.5);
      expect(f.widthRatio).toBeLessThan(1.5);
    }
  });

  // The fonts come from Debian's fonts-khmeros, which .ci/run installs.
  describe.each(KHMER_FALLBACKS.fallbacks)('$family', (fallback) => {
    it.skipIf(!existsSync(fallback.file))('scaled by its ratio, sets the story in the same width as the webfont (±0.5%)', async () => {
      const system = await readFile(fallback.file);
      const scaled = advanceWidth(system, runs) * fallback.widthRatio;
      expect(Math.abs(scaled / advanceWidth(webfont, runs) - 1)).toBeLessThan(0.005);
      // local() finds a font by these names.
      expect(localNames(system)).toEqual(fallback.local);
    });
  });
});
