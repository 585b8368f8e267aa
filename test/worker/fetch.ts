import { env, exports } from 'cloudflare:workers';
import type { Env } from '../../worker/env';
import worker from '../../worker/index';

const ORIGIN = 'http://story.test';

// Joined as text, not resolved: a path such as "///x" must reach the Worker as a path.
const toUrl = (path: string) => (path.startsWith('/') ? ORIGIN + path : new URL(path, ORIGIN).href);

/** Sends a request through the Worker's own fetch handler, inside workerd. */
export function fetchWorker(path: string, init?: RequestInit): Promise<Response> {
  return (exports as unknown as { default: Fetcher }).default.fetch(new Request(toUrl(path), init));
}

/** The same, calling the app directly in this isolate: much faster, for generated requests. */
export async function fetchApp(path: string, init?: RequestInit): Promise<Response> {
  return worker.fetch(new Request(toUrl(path), init), env as unknown as Env);
}

/** Static assets are served before the Worker runs; tests reach them through the binding. */
export function fetchAsset(path: string, init?: RequestInit): Promise<Response> {
  return (env as unknown as { ASSETS: Fetcher }).ASSETS.fetch(new Request(toUrl(path), init));
}
