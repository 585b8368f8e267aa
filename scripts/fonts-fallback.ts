// `npm run fonts:fallback`: measures the system Khmer fonts against the webfont and rewrites
// scripts/build/khmer-fallback-fonts.json. Needs Debian's fonts-khmeros; the build itself only
// reads the JSON, so it does not depend on which fonts a machine has.
import { readFile, writeFile } from 'node:fs/promises';
import { advanceWidth, KHMER_FALLBACKS, khmerRuns, verticalMetrics } from './build/khmer-fallback';
import { contentCharacters, contentStrings, subsetKhmerFont } from './build/khmer-font';

const OUT = 'scripts/build/khmer-fallback-fonts.json';

// The story's Khmer: the text Khmer readers see, not the glossary of translation terms.
const runs = khmerRuns(await contentStrings('content/story'));
// The webfont as built, in sfnt form: HarfBuzz reads no woff2.
const webfont = await subsetKhmerFont(await contentCharacters('content'), 'sfnt');
const webWidth = advanceWidth(webfont, runs);
const fallbacks = [];
for (const fallback of KHMER_FALLBACKS.fallbacks) {
  const width = advanceWidth(await readFile(fallback.file), runs);
  fallbacks.push({ ...fallback, widthRatio: Math.round((webWidth / width) * 10000) / 10000 });
}
await writeFile(OUT, JSON.stringify({ webfont: verticalMetrics(webfont), fallbacks }, null, 2) + '\n');
console.log(`${OUT}: ${fallbacks.map((f) => `${f.family} ${f.widthRatio}`).join(', ')} (${runs.length} Khmer runs)`);
