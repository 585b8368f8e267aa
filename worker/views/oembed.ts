// The oEmbed 1.0 answer (`rich`) for one story or figure URL at one size: built at deploy time
// with its width and height as holes (worker/prerender/keys.ts), filled in per request.
import { shareCard } from '../assets';
import { CARD_HEIGHT, CARD_WIDTH } from '../card-size';
import type { Figure } from '../content';
import type { OembedSize } from '../embed-size';
import type { Locale } from '../i18n/locales';
import { text } from '../i18n/rich-text';
import { iframeCode } from './embed-code';

export function oembedJson(origin: string, figure: Figure, locale: Locale, size: OembedSize): string {
  const { width, height, cap } = size;
  const card = size.thumbnail ? shareCard(locale, figure.id) : undefined;
  const thumbnail = card ? { thumbnail_url: origin + card, thumbnail_width: CARD_WIDTH, thumbnail_height: CARD_HEIGHT } : {};
  return JSON.stringify({
    version: '1.0',
    type: 'rich',
    title: text(locale, `figure.${figure.id}.label`),
    provider_name: text(locale, 'meta.siteName'),
    provider_url: `${origin}/${locale}/`,
    cache_age: 300,
    width,
    height,
    ...thumbnail,
    html: iframeCode({ origin, figure, lang: locale, width, height, cap }),
  });
}
