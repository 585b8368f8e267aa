import { Hono } from 'hono';
import type { AppEnv } from './env';
import { canonicalHost } from './http/canonical-host';
import { publicCors } from './http/cors';
import { readOnlyMethods } from './http/methods';
import { securityHeaders } from './http/security';
import { API_BASE, apiGuards, apiRoutes } from './routes/api';
import { dataRoutes } from './routes/data';
import { embedRoutes } from './routes/embed';
import { notFound, serverError } from './http/errors';
import { negotiateRoutes } from './routes/negotiate';
import { oembedRoutes } from './routes/oembed';
import { sourcesRoutes } from './routes/sources';
import { storyRoutes } from './routes/story';
import { serveStaticAsset, STATIC_ASSET_PATHS } from './static-assets';
import { warmUp } from './warm-up';

const app = new Hono<AppEnv>();

// Before any middleware: static files keep the asset server's own headers (dist/public/_headers).
app.on(['GET', 'HEAD'], [...STATIC_ASSET_PATHS], serveStaticAsset);
app.use('*', securityHeaders);
app.use('*', canonicalHost);
app.use('*', readOnlyMethods);
// The embed script is fetched cross-origin: its OPTIONS is a CORS answer, like the API's.
app.use('/embed.js', publicCors);

app.route('/', negotiateRoutes);
app.route('/', storyRoutes);
app.route('/', dataRoutes);
app.route('/', sourcesRoutes);
app.route('/api', apiGuards);
app.route(API_BASE, apiRoutes);
app.route('/embed', embedRoutes);
app.route('/', oembedRoutes);

app.notFound(notFound);
app.onError(serverError);

// Hono compiles its router on the first match, and V8 each function on its first call: done here,
// in the global scope at start-up, the first request of a fresh isolate does not pay for them.
app.router.match('GET', '/');
warmUp(app).catch((error: unknown) => {
  // Only slower: the first request compiles what the warm-up did not.
  console.error('warm-up failed', error);
});

export default app;
