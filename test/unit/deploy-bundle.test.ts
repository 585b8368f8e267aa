// `wrangler deploy --dry-run` builds exactly what would be uploaded; the Worker must stay well
// under Cloudflare's 1 MB (compressed) limit for free accounts.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';

const LIMIT = 1024 * 1024;
const outdir = mkdtempSync(join(tmpdir(), 'deploy-dry-run-'));
afterAll(() => rmSync(outdir, { recursive: true, force: true }));

describe('wrangler deploy --dry-run', () => {
  it('bundles the Worker under 1 MB compressed', () => {
    const log = execFileSync('node_modules/.bin/wrangler', ['deploy', '--dry-run', '--outdir', outdir], {
      env: { ...process.env, WRANGLER_SEND_METRICS: 'false', CLOUDFLARE_CF_FETCH_ENABLED: 'false' },
      encoding: 'utf8',
    });
    expect(log).toContain('--dry-run: exiting now');
    const bundle = readFileSync(join(outdir, 'index.js'));
    const gzipped = gzipSync(bundle, { level: 9 }).length;
    console.log(`deploy bundle: ${bundle.length} B, ${gzipped} B gzipped (limit ${LIMIT} B)`);
    expect(gzipped).toBeLessThan(LIMIT);
  }, 60_000);
});
