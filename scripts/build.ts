// Builds the static assets (content-hashed) and the manifest the Worker imports.
//   dist/public/assets/*   client bundle, fonts, share cards and downloads, cached for a year
//   dist/public/_headers   cache and security headers for those assets
//   dist/public/*          the files in public/, copied as they are
//   worker/generated/assets.json
//   worker/generated/bodies.bin       every page and API body (scripts/build/prerender.ts)
//   worker/generated/prerendered.ts   where each body is in bodies.bin
import { cp, mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { bundleClient } from './build/client';
import { contentHash, cspHash } from './build/hash';
import { contentCharacters } from './build/khmer-font';
import { localeContentModule } from './build/locale-content';
import { embedLocaleCss, localeCss } from './build/locale-styles';
import { buildCss, GRAPHIC_STYLESHEETS } from './build/styles';
import { WEBFONTS, webfont } from './build/webfonts';
import { launchChromiumIfPresent } from './support/chromium';
import { FALLBACK_LOCALE, LOCALE_INFO } from '../worker/i18n/locales';

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
async function writeIfChanged(path: string, data: string | Buffer): Promise<void> {
  const current = await readFile(path).catch(() => undefined);
  if (current?.equals(typeof data === 'string' ? Buffer.from(data) : data)) return;
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

/logo.png
  Cache-Control: public, max-age=86400
  Cross-Origin-Resource-Policy: cross-origin

/assets/*
  Cache-Control: public, max-age=31536000, immutable
  Access-Control-Allow-Origin: *
  Cross-Origin-Resource-Policy: cross-origin

/embed.js
  Cache-Control: public, max-age=300, stale-while-revalidate=86400, stale-if-error=604800
  Access-Control-Allow-Origin: *
  Cross-Origin-Resource-Policy: cross-origin
`;

async function main(): Promise<void> {
  await mkdir(ASSETS, { recursive: true });
  await mkdir('worker/generated', { recursive: true });

  // First, since the share cards below render through the Worker's content modules.
  await writeIfChanged('worker/generated/stories.ts', await localeContentModule());

  const families = Object.fromEntries(Object.entries(WEBFONTS).map(([id, f]) => [id, f.family]));
  const [js, css, graphicCss, embedCss, frameJs, chars] = await Promise.all([
    bundleClient('client/main.ts'),
    buildCss('client/styles').then((base) => base + localeCss(LOCALE_INFO)),
    buildCss('client/styles', GRAPHIC_STYLESHEETS),
    buildCss('client/styles', ['embed.css']).then((base) => base + embedLocaleCss(LOCALE_INFO, families)),
    bundleClient('client/embed/frame.ts'),
    contentCharacters('content'),
  ]);
  const script = await writeHashed('main', 'js', js);
  const graphicStylesheet = await writeHashed('graphic', 'css', graphicCss);
  // Inlined, so not bundled: its one import() names the hashed bundle and must stay a URL.
  const bootScript = (await bundleClient('client/boot.ts', { bundle: false, define: { CLIENT_BUNDLE: JSON.stringify(script) } })).trim();
  const embedFrameScript = await writeHashed('embed-frame', 'js', frameJs);

  // One subset file per webfont the registry names, and its CSS per locale that uses it.
  const fontFiles: Record<string, { url: string; bytes: number }> = {};
  for (const id of new Set(LOCALE_INFO.flatMap((l) => (l.webfont ? [l.webfont] : [])))) {
    const data = await webfont(id).subset(chars);
    fontFiles[id] = { url: await writeHashed(id, 'woff2', data), bytes: data.length };
  }
  const fonts: Record<
    string,
    {
      url: string;
      css: string;
      cssHash: string;
      cardCss: string;
      cardCssHash: string;
      unicodeRange: string;
      family: string;
      weight: string;
    }
  > = {};
  for (const l of LOCALE_INFO) {
    if (!l.webfont) continue;
    const font = webfont(l.webfont);
    const users = LOCALE_INFO.filter((u) => u.webfont === l.webfont).map((u) => u.code);
    const css = font.faces(fontFiles[l.webfont]!.url, users, 'optional');
    // An embed card stays hidden until its frame script has measured it with the font (frame.ts),
    // so it may swap: a partner's page then always shows the webfont in the card.
    const cardCss = font.faces(fontFiles[l.webfont]!.url, users, 'swap');
    fonts[l.code] = {
      url: fontFiles[l.webfont]!.url,
      css,
      cssHash: cspHash(css),
      cardCss,
      cardCssHash: cspHash(cardCss),
      unicodeRange: font.unicodeRange,
      family: font.family,
      weight: font.weight,
    };
  }

  // The web component has a fixed URL (partners paste it), so it is not content-hashed.
  const componentFonts = Object.fromEntries(
    Object.entries(fonts).map(([code, f]) => [code, { url: f.url, family: f.family, unicodeRange: f.unicodeRange, weight: f.weight }]),
  );
  const embedElementJs = await bundleClient('client/embed/element.ts', {
    format: 'iife',
    define: {
      __EMBED_CSS__: JSON.stringify(embedCss),
      __LOCALE_FONTS__: JSON.stringify(componentFonts),
      __FALLBACK_LOCALE__: JSON.stringify(FALLBACK_LOCALE),
    },
  });
  await writeFile(`${PUBLIC}/embed.js`, embedElementJs);
  const { renderShareCards, writeShareCards } = await import('./build/share-cards');
  const { DOWNLOAD_HEADERS, writeDownloads } = await import('./build/downloads');
  const cardFiles = await renderShareCards(launchChromiumIfPresent);
  const cards = await writeShareCards(cardFiles, `${ASSETS}/cards`, '/assets/cards');
  const downloads = await writeDownloads(cardFiles, `${ASSETS}/downloads`, '/assets/downloads');
  await writeFile(`${PUBLIC}/_headers`, HEADERS_FILE + '\n' + DOWNLOAD_HEADERS('/assets/downloads'));
  // Unhashed files whose names are fixed by convention (favicon, robots.txt) or named in JSON-LD (logo).
  await cp('public', PUBLIC, { recursive: true });

  const manifest = {
    script,
    bootScript,
    bootScriptHash: cspHash(bootScript),
    css,
    cssHash: cspHash(css),
    graphicStylesheet,
    fonts,
    embedCss,
    embedCssHash: cspHash(embedCss),
    embedFrameScript,
    cards,
    downloads,
  };
  await writeIfChanged('worker/generated/assets.json', JSON.stringify(manifest, null, 2) + '\n');
  // Last: the pages name the hashed assets of the manifest just written.
  const { BODIES_FILE, PRERENDERED_MODULE, prerenderedFiles } = await import('./build/prerender');
  const prerendered = await prerenderedFiles();
  await writeIfChanged(BODIES_FILE, prerendered.bodies);
  await writeIfChanged(PRERENDERED_MODULE, prerendered.index);
  console.log(`prerendered ${prerendered.count} bodies, ${prerendered.bodies.length} B (${prerendered.gzipped} B gzipped)`);
  const fontUrls = Object.values(fontFiles).map((f) => f.url);
  await pruneAssets(
    new Set([
      script,
      graphicStylesheet,
      embedFrameScript,
      ...fontUrls,
      ...Object.values(cards).flatMap((c) => Object.values(c)),
      ...Object.values(downloads).flatMap((d) => [
        d.csv,
        ...Object.values(d.figures).flatMap((f) => [f.png, f.svg].filter((u) => u !== undefined)),
      ]),
    ]),
  );
  const fontSizes = Object.values(fontFiles).map((f) => `${f.url} (${f.bytes} B)`);
  console.log(
    `built ${script} (${js.length} B), boot ${bootScript.length} B, css ${css.length} B inlined + ${graphicStylesheet} (${graphicCss.length} B), ${fontSizes.join(', ')}`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
