import { Hono } from 'hono';
import type { AppEnv } from '../env';
import { RenderCache, respondCached } from '../http/cached-response';
import { HTML_CACHE, HTML_TYPE } from '../http/headers';
import { isLocale, type Locale } from '../i18n/locales';
import { renderDocument } from '../views/Layout';
import { StoryPage } from '../views/StoryPage';

const pages = new RenderCache();

export function renderStory(locale: Locale): string {
  return renderDocument(<StoryPage locale={locale} />);
}

export const storyRoutes = new Hono<AppEnv>();

storyRoutes.get('/:locale{en|km}', (c) => c.redirect(`/${c.req.param('locale')}/`, 301));

storyRoutes.get('/:locale{en|km}/', async (c) => {
  const locale = c.req.param('locale');
  if (!isLocale(locale)) return c.notFound();
  const page = await pages.get(`story:${locale}`, () => renderStory(locale));
  return respondCached(c.req.raw, page, { 'Content-Type': HTML_TYPE, 'Cache-Control': HTML_CACHE });
});
