import type { Context } from 'hono';
import type { AppEnv } from '../env';
import { PRIVATE_NO_STORE } from './headers';

export interface Problem {
  type?: string;
  title: string;
  status: number;
  detail?: string;
  [extension: string]: unknown;
}

/** An RFC 9457 problem details response. */
export function problem(c: Context<AppEnv>, body: Problem, extra: Record<string, string> = {}): Response {
  return new Response(c.req.method === 'HEAD' ? null : JSON.stringify({ type: 'about:blank', ...body }), {
    status: body.status,
    headers: { 'Content-Type': 'application/problem+json; charset=utf-8', 'Cache-Control': PRIVATE_NO_STORE, ...extra },
  });
}
