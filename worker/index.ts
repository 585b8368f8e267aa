import { Hono } from 'hono';
import type { AppEnv } from './env';
import { negotiateRoutes } from './routes/negotiate';
import { notFound } from './routes/not-found';
import { storyRoutes } from './routes/story';

const app = new Hono<AppEnv>();

app.route('/', negotiateRoutes);
app.route('/', storyRoutes);

app.notFound(notFound);

export default app;
