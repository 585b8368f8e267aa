// Builds the static assets (content-hashed) and the manifest the Worker imports.
//   dist/public/assets/*   client bundle, fonts and share cards, cached for a year
//   dist/public/_headers   cache and security headers for those assets
//   dist/public/*          the files in public/, copied as they are
//   worker/generated/assets.json
import { cp, mkdir, rm, writeFile } from 'node:fs/promises';
import { bundleClient } from './build/client';
import { contentHash, cspHash } from './build/hash';
import { contentCharacters, khmerFontFaces, subsetKhmerFonts } from './build/khmer-font';
import { buildCss } from './build/styles';
import { buildShareCards } from './build/share-cards';
import { launchChromium } from '../test/support/browser';

const PUBLIC = 'dist/public';
const ASSETS = `${PUBLIC}/assets`;

async function writeHashed(name: string, ext: string, data: string | Buffer): Promise<string> {
  const file = `${name}.${contentHash(data)}.${ext}`;
  await writeFile(`${ASSETS}/${file}`, data);
  return `/assets/${file}`;
}

// Workers Static Assets applies these to files it serves itself, before the Worker runs.
const HEADERS_FILE = `/assets/*
  Cache-Control: public, max-age=31536000, immutable
  X-Content-Type-Options: nosniff
  Access-Control-Allow-Origin: *
  Cross-Origin-Resource-Policy: cross-origin
`;

async function main(): Promise<void> {
  await rm(PUBLIC, { recursive: true, force: true });
  await mkdir(ASSETS, { recursive: true });
  await mkdir('worker/generated', { recursive: true });

  const [js, css, fonts] = await Promise.all([
    bundleClient('client/main.ts'),
    buildCss('client/styles'),
    contentCharacters('content').then(subsetKhmerFonts),
  ]);
  const script = await writeHashed('main', 'js', js);
  const khmerFont = await writeHashed('noto-sans-khmer', 'woff2', fonts.khmer);
  const latinFont = await writeHashed('noto-sans-khmer-latin', 'woff2', fonts.latin);
  const khmerFontCss = khmerFontFaces({ khmer: khmerFont, latin: latinFont });
  const cards = await buildShareCards(`${ASSETS}/cards`, '/assets/cards', async () => (await launchChromium()).browser);
  await writeFile(`${PUBLIC}/_headers`, HEADERS_FILE);
  // Unhashed files whose names are fixed by convention (favicon, robots.txt).
  await cp('public', PUBLIC, { recursive: true });

  const manifest = {
    script,
    css,
    cssHash: cspHash(css),
    khmerFontCss,
    khmerFontCssHash: cspHash(khmerFontCss),
    khmerFont,
    khmerLatinFont: latinFont,
    cards,
  };
  await writeFile('worker/generated/assets.json', JSON.stringify(manifest, null, 2) + '\n');
  console.log(
    `built ${script} (${js.length} B), css ${css.length} B, ` +
      `${khmerFont} (${fonts.khmer.length} B), ${latinFont} (${fonts.latin.length} B)`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
