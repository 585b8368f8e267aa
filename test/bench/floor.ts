// The practical floor: the same text as the story, with no CSS, no JavaScript and no webfont,
// delivered as the story is: gzipped, with the story's own response headers. The headers are the
// site's, not the page's: its security policy (Cross-Origin-Opener-Policy included, which makes
// Chromium start a fresh renderer process for the page) applies to any page the site serves.
import { createServer, type Server } from 'node:http';
import { gzipSync } from 'node:zlib';
import { freePort } from '../../scripts/support/worker-server';

/** Strips styles, scripts and font links from a story page, keeping every word. */
export function barePage(html: string): string {
  return html
    .replace(/<style[\s\S]*?<\/style>/g, '')
    .replace(/<script[\s\S]*?<\/script>/g, '')
    .replace(/<link[^>]*>/g, '')
    .replace(/ (class|style|data-[a-z-]+|aria-hidden)="[^"]*"/g, '');
}

export interface FloorPage {
  html: string;
  /** The story page's response headers; the floor sends them all but those about its body. */
  headers: Headers;
}

const BODY_HEADERS = new Set(['content-length', 'content-encoding', 'etag', 'date', 'transfer-encoding', 'connection', 'keep-alive']);

export async function serveFloor(pages: Record<string, FloorPage>): Promise<{ origin: string; close(): Promise<void> }> {
  const port = await freePort();
  const server: Server = createServer((req, res) => {
    const page = pages[req.url ?? ''];
    if (!page) {
      res.writeHead(404, { 'Content-Type': 'text/plain' });
      res.end('not found');
      return;
    }
    const headers: Record<string, string> = {};
    page.headers.forEach((value, name) => {
      if (!BODY_HEADERS.has(name)) headers[name] = value;
    });
    const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    const body = gzip ? gzipSync(page.html) : Buffer.from(page.html);
    res.writeHead(200, { ...headers, ...(gzip ? { 'Content-Encoding': 'gzip' } : {}), 'Content-Length': String(body.length) });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(() => r())) };
}
