// The Worker's global scope runs a warm-up (worker/warm-up.ts) under workerd's global-scope rules,
// which the workerd test project does not apply (its tests run inside a request). Here the real
// Worker starts under `wrangler dev` and must print no error: a refused operation at start-up
// would log one, and the warm-up would compile nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWorker, type RunningWorker } from '../../scripts/support/worker-server';
import { SOURCE } from '../support/locales';

let worker: RunningWorker;
beforeAll(async () => {
  worker = await startWorker();
}, 90_000);
afterAll(() => worker?.stop());

describe('the Worker under wrangler dev', () => {
  it('starts, warms up and serves without an error in its log', async () => {
    for (const path of [`/${SOURCE}/`, '/api/v1/prevalence', `/oembed?url=${encodeURIComponent(`${worker.origin}/${SOURCE}/`)}`]) {
      expect((await fetch(worker.origin + path)).status, path).toBe(200);
    }
    expect(worker.log()).not.toMatch(/warm-up failed|Disallowed operation|ERROR/i);
  }, 60_000);
});
