// Builds the static assets (content-hashed) and the manifest the Worker imports.
//   dist/public/assets/*   client bundle, fonts and share cards, cached for a year
//   dist/public/_headers   cache and security headers for those assets
//   dist/public/*          the files in public/, copied as they are
//   worker/generated/assets.json
import { cp, mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { bundleClient } from './build/client';
import { contentHash, cspHash } from './build/hash';
import { contentCharacters, khmerFontFaces, subsetKhmerFont } from './build/khmer-font';
import { buildCss } from './build/styles';
import { buildShareCards } from './build/share-cards';
import { launchChromiumIfPresent } from './support/chromium';

const PUBLIC = 'dist/public';
const ASSETS = `${PUBLIC}/assets`;

async function writeHashed(name: string, ext: string, data: string | Buffer): Promise<string> {
  const file = `${name}.${contentHash(data)}.${ext}`;
  await writeFile(`${ASSETS}/${file}`, data);
  return `/assets/${file}`;
}

/**
 * Removes assets the new manifest no longer names. The build never empties dist/ first, so a
 * `wrangler dev` already serving it keeps working while a rebuild runs.
 */
async function pruneAssets(keep: Set<string>, dir = ASSETS): Promise<void> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) await pruneAssets(keep, path);
    else if (!keep.has('/' + path.slice(PUBLIC.length + 1))) await rm(path);
  }
}

/** Writes a file only when its bytes change, by rename, so watchers never read half a file. */
async function writeIfChanged(path: string, data: string): Promise<void> {
  const current = await readFile(path, 'utf8').catch(() => undefined);
  if (current === data) return;
  await writeFile(`${path}.tmp`, data);
  await rename(`${path}.tmp`, path);
}

// Workers Static Assets applies these to files it serves itself, before the Worker runs. The
// policy headers match the Worker's pages (worker/http/security.ts). A header set by two rules
// is joined with a comma, so Cross-Origin-Resource-Policy is set per path, never under /*.
const HEADERS_FILE = `/*
  X-Content-Type-Options: nosniff
  Strict-Transport-Security: max-age=63072000; includeSubDomains
  Referrer-Policy: strict-origin-when-cross-origin
  Content-Security-Policy: default-src 'none'; frame-ancestors 'none'
  Permissions-Policy: accelerometer=(), autoplay=(), camera=(), display-capture=(), encrypted-media=(), fullscreen=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), midi=(), payment=(), picture-in-picture=(), publickey-credentials-get=(), screen-wake-lock=(), sync-xhr=(), usb=(), xr-spatial-tracking=(), browsing-topics=()
  X-Frame-Options: DENY
  Cross-Origin-Opener-Policy: same-origin

/robots.txt
  Cross-Origin-Resource-Policy: same-origin

/favicon.svg
  Cross-Origin-Resource-Policy: same-origin

/assets/*
  Cache-Control: public, max-age=31536000, immutable
  Access-Control-Allow-Origin: *
  Cross-Origin-Resource-Policy: cross-origin

/embed.js
  Cache-Control: public, max-age=300, stale-while-revalidate=86400
  Access-Control-Allow-Origin: *
  Cross-Origin-Resource-Policy: cross-origin
`;

async function main(): Promise<void> {
  await mkdir(ASSETS, { recursive: true });
  await mkdir('worker/generated', { recursive: true });

  const [js, css, embedCss, frameJs, font] = await Promise.all([
    bundleClient('client/main.ts'),
    buildCss('client/styles'),
    buildCss('client/styles', ['embed.css']),
    bundleClient('client/embed/frame.ts'),
    contentCharacters('content').then(subsetKhmerFont),
  ]);
  const script = await writeHashed('main', 'js', js);
  // Inlined, so not bundled: its one import() names the hashed bundle and must stay a URL.
  const bootScript = (await bundleClient('client/boot.ts', { bundle: false, define: { CLIENT_BUNDLE: JSON.stringify(script) } })).trim();
  const embedFrameScript = await writeHashed('embed-frame', 'js', frameJs);
  const khmerFont = await writeHashed('noto-sans-khmer', 'woff2', font);
  const khmerFontCss = khmerFontFaces(khmerFont);
  // The web component has a fixed URL (partners paste it), so it is not content-hashed.
  const embedElementJs = await bundleClient('client/embed/element.ts', {
    format: 'iife',
    define: { __EMBED_CSS__: JSON.stringify(embedCss), __KHMER_FONT__: JSON.stringify(khmerFont) },
  });
  await writeFile(`${PUBLIC}/embed.js`, embedElementJs);
  const cards = await buildShareCards(`${ASSETS}/cards`, '/assets/cards', launchChromiumIfPresent);
  await writeFile(`${PUBLIC}/_headers`, HEADERS_FILE);
  // Unhashed files whose names are fixed by convention (favicon, robots.txt).
  await cp('public', PUBLIC, { recursive: true });

  const manifest = {
    script,
    bootScript,
    bootScriptHash: cspHash(bootScript),
    css,
    cssHash: cspHash(css),
    khmerFontCss,
    khmerFontCssHash: cspHash(khmerFontCss),
    khmerFont,
    embedCss,
    embedCssHash: cspHash(embedCss),
    embedFrameScript,
    cards,
  };
  await writeIfChanged('worker/generated/assets.json', JSON.stringify(manifest, null, 2) + '\n');
  await pruneAssets(new Set([script, embedFrameScript, khmerFont, ...Object.values(cards).flatMap((c) => Object.values(c))]));
  console.log(
    `built ${script} (${js.length} B), boot ${bootScript.length} B, css ${css.length} B, ` +
      `${khmerFont} (${font.length} B)`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
