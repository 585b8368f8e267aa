// The practical floor: the same text as the story, with no CSS, no JavaScript and no webfont.
import { createServer, type Server } from 'node:http';
import { freePort } from '../support/server';

/** Strips styles, scripts and font links from a story page, keeping every word. */
export function barePage(html: string): string {
  return html
    .replace(/<style[\s\S]*?<\/style>/g, '')
    .replace(/<script[\s\S]*?<\/script>/g, '')
    .replace(/<link[^>]*>/g, '')
    .replace(/ (class|style|data-[a-z-]+|aria-hidden)="[^"]*"/g, '');
}

export async function serveFloor(pages: Record<string, string>): Promise<{ origin: string; close(): Promise<void> }> {
  const port = await freePort();
  const server: Server = createServer((req, res) => {
    const body = pages[req.url ?? ''];
    res.writeHead(body ? 200 : 404, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(body ?? 'not found');
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(() => r())) };
}
