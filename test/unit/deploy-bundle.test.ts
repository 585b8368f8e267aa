// `wrangler deploy --dry-run` builds exactly what would be uploaded: the script and its Data
// module (the built bodies). Cloudflare's limits page has given the compressed Worker size as
// 1 MB (free), then 3 MB free / 10 MB paid, and lately 64 MiB; the Worker stays under the
// strictest of these, 1 MiB compressed, so a deploy fits on any plan as published.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';

const LIMIT = 1024 * 1024;
const outdir = mkdtempSync(join(tmpdir(), 'deploy-dry-run-'));
afterAll(() => rmSync(outdir, { recursive: true, force: true }));

describe('wrangler deploy --dry-run', () => {
  it('bundles the Worker, every module counted, under 1 MiB compressed', () => {
    const log = execFileSync('node_modules/.bin/wrangler', ['deploy', '--dry-run', '--outdir', outdir], {
      env: { ...process.env, WRANGLER_SEND_METRICS: 'false', CLOUDFLARE_CF_FETCH_ENABLED: 'false' },
      encoding: 'utf8',
    });
    expect(log).toContain('--dry-run: exiting now');
    // What is uploaded: the script and its other modules; not the source map or wrangler's README.
    const modules = readdirSync(outdir).filter((f) => f.endsWith('.js') || f.endsWith('.bin'));
    expect(modules).toContain('index.js');
    expect(modules.some((f) => f.endsWith('-bodies.bin'))).toBe(true);
    let bytes = 0;
    let gzipped = 0;
    for (const file of modules) {
      const data = readFileSync(join(outdir, file));
      bytes += data.length;
      gzipped += gzipSync(data, { level: 9 }).length;
    }
    // wrangler's own figure, as it reports the upload.
    const reported = /Total Upload: ([\d.]+) KiB \/ gzip: ([\d.]+) KiB/.exec(log);
    expect(reported).not.toBeNull();
    console.log(`deploy: ${modules.length} modules, ${bytes} B, ${gzipped} B gzipped; wrangler: ${reported![0]} (limit ${LIMIT} B)`);
    expect(gzipped).toBeLessThan(LIMIT);
    expect(Number(reported![2]) * 1024).toBeLessThan(LIMIT);
  }, 60_000);
});
