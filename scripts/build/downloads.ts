// The downloads of the data page: each shareable figure's card as PNG (the share card itself) and
// SVG, and the CSV of every figure, in each language. Each file sits in a folder named by its
// content hash, under a readable name, so it can be cached for a year and still be saved as
// "cambodia-prevalence-1.0.0-km-minors-2015.png" (Content-Disposition from _headers).
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { csvFileName, prevalenceCsv } from '../../worker/api/csv';
import type { AssetManifest } from '../../worker/assets';
import { dataset, shareableFigures } from '../../worker/content';
import { LOCALES } from '../../worker/i18n/locales';
import { contentHash } from './hash';
import type { CardFileManifest } from './share-cards';

export type DownloadManifest = AssetManifest['downloads'];

/** The _headers rule that makes every download save under its own name. */
export const DOWNLOAD_HEADERS = (urlPrefix: string) => `${urlPrefix}/:hash/:name
  Content-Disposition: attachment; filename=":name"
`;

export async function writeDownloads(cards: CardFileManifest, outDir: string, urlPrefix: string): Promise<DownloadManifest> {
  const write = async (name: string, data: string | Buffer) => {
    const hash = contentHash(data);
    await mkdir(`${outDir}/${hash}`, { recursive: true });
    await writeFile(`${outDir}/${hash}/${name}`, data);
    return `${urlPrefix}/${hash}/${name}`;
  };
  const manifest = {} as DownloadManifest;
  for (const locale of LOCALES) {
    const figures: DownloadManifest[string]['figures'] = {};
    for (const figure of shareableFigures) {
      const card = cards[locale]?.[figure.id];
      if (!card) continue;
      const base = `cambodia-prevalence-${dataset.version}-${locale}-${figure.id}`;
      figures[figure.id] = {
        png: await write(`${base}.png`, await readFile(card.png)),
        svg: await write(`${base}.svg`, await readFile(card.svg, 'utf8')),
      };
    }
    // The same bytes as GET /api/v1/prevalence.csv?lang=…, byte-order mark included.
    manifest[locale] = { csv: await write(csvFileName(locale), prevalenceCsv(locale)), figures };
  }
  return manifest;
}
