import { cors } from 'hono/cors';

/** CORS for any origin: the data is public and needs no credentials. */
export const publicCors = cors({
  origin: '*',
  allowMethods: ['GET', 'HEAD', 'OPTIONS'],
  exposeHeaders: ['ETag', 'Last-Modified', 'Content-Disposition'],
  maxAge: 86400,
});
