import { env, exports } from 'cloudflare:workers';

/** Sends a request through the Worker's own fetch handler, inside workerd. */
export function fetchWorker(path: string, init?: RequestInit): Promise<Response> {
  return (exports as unknown as { default: Fetcher }).default.fetch(new Request(new URL(path, 'http://story.test'), init));
}

/** Static assets are served before the Worker runs; tests reach them through the binding. */
export function fetchAsset(path: string, init?: RequestInit): Promise<Response> {
  return (env as unknown as { ASSETS: Fetcher }).ASSETS.fetch(new Request(new URL(path, 'http://story.test'), init));
}
