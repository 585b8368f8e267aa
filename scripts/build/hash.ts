import { createHash } from 'node:crypto';

/** Short content hash for file names: a changed file always gets a new name. */
export function contentHash(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex').slice(0, 12);
}

/** The CSP source for an inline <style> or <script> element's exact text. */
export function cspHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}
