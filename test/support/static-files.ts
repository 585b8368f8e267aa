// The files the build writes to dist/public that every static-file test checks: the hashed
// bundles and webfonts from the manifest, and the fixed names partners and browsers ask for.
import { assets } from '../../worker/assets';

export const STATIC_FILES: readonly string[] = [
  assets.script,
  ...Object.values(assets.fonts).map((f) => f.url),
  assets.embedFrameScript,
  '/embed.js',
  '/robots.txt',
  '/favicon.svg',
  '/logo.png',
];
