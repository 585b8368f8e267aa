// Every page through the W3C Nu HTML checker (vnu-jar, on the machine's Java), errors only.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { shareableFigures } from '../../worker/content';
import { SOURCE, TRANSLATED } from '../support/locales';

const run = promisify(execFile);
const origin = inject('origin');
const dir = mkdtempSync(join(tmpdir(), 'vnu-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

export const PAGES = [
  `/${SOURCE}/`,
  `/${TRANSLATED}/`,
  ...shareableFigures.slice(0, 3).flatMap((f) => [`/${SOURCE}/f/${f.id}`, `/${TRANSLATED}/f/${f.id}`]),
  `/${SOURCE}/sources`,
  `/${TRANSLATED}/sources`,
  `/${SOURCE}/data`,
  `/${TRANSLATED}/data?figure=cases&lang=${TRANSLATED}`,
  `/embed/minors-2015?lang=${SOURCE}`,
  `/embed/minors-2015?lang=${TRANSLATED}`,
  `/${SOURCE}/missing`,
  `/${TRANSLATED}/missing`,
];

// The checker's CSS validator predates container queries (Baseline since 2023); only those are let through.
const VALIDATOR_GAPS = [
  /^CSS: Unrecognized at-rule “@container”/,
  /^CSS: “container(-type|-name)?”: Property “container(-type|-name)?” doesn't exist/,
];

interface VnuMessage {
  type: string;
  url: string;
  message: string;
  lastLine?: number;
}

describe('the W3C Nu HTML checker', () => {
  it('finds no errors on any page', async () => {
    const files = await Promise.all(
      PAGES.map(async (path, i) => {
        const html = await (await fetch(origin + path)).text();
        const file = join(dir, `page-${i}.html`);
        writeFileSync(file, html);
        return { file, path };
      }),
    );
    const { stdout, stderr } = await run(
      'java',
      [
        '-jar',
        'node_modules/vnu-jar/build/dist/vnu.jar',
        '--format',
        'json',
        '--exit-zero-always',
        '--stdout',
        ...files.map((f) => f.file),
      ],
      {
        maxBuffer: 16 * 1024 * 1024,
      },
    );
    const report = JSON.parse(stdout || stderr) as { messages: VnuMessage[] };
    const errors = report.messages
      .filter((m) => m.type === 'error' || m.type === 'non-document-error')
      .filter((m) => !VALIDATOR_GAPS.some((gap) => gap.test(m.message)))
      .map((m) => `${files.find((f) => m.url.endsWith(f.file))?.path ?? m.url}:${m.lastLine ?? '?'} ${m.message}`);
    expect(errors).toEqual([]);
  }, 120_000);
});
