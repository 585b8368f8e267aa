// Starts one Worker for the whole browser suite and says which Chromium the run uses.
import type { TestProject } from 'vitest/node';
import { requireChromium } from '../../scripts/support/chromium';
import { startWorker } from '../../scripts/support/worker-server';

declare module 'vitest' {
  export interface ProvidedContext {
    origin: string;
  }
}

export default async function setup(project: TestProject) {
  const worker = await startWorker();
  const chromium = requireChromium();
  console.log(`e2e: Worker at ${worker.origin}; Chromium from ${chromium.origin} (${chromium.executablePath})`);
  project.provide('origin', worker.origin);
  return () => worker.stop();
}
