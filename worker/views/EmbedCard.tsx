import { assets, localeFont } from '../assets';
import type { Figure } from '../content';
import { figureDetail, formatFigure } from '../i18n/format-figure';
import type { Locale } from '../i18n/locales';
import { text } from '../i18n/rich-text';

/**
 * One figure as a card for other sites' iframes: inline CSS (hashed for CSP), a webfont only
 * where the locale needs one, and a tiny script that posts the card's height to the parent page.
 */
export function EmbedCard({ figure, locale }: { figure: Figure; locale: Locale }) {
  const label = text(locale, `figure.${figure.id}.label`);
  const font = localeFont(locale);
  return (
    <html lang={locale}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{label}</title>
        <meta name="robots" content="noindex" />
        <style dangerouslySetInnerHTML={{ __html: assets.embedCss }} />
        {font && <style dangerouslySetInnerHTML={{ __html: font.cardCss }} />}
        <script src={assets.embedFrameScript} defer />
      </head>
      <body>
        <main aria-labelledby="card-label">
          <figure class="card" data-figure={figure.id}>
            <figcaption>
              <h1 class="card__label" id="card-label">
                {label}
              </h1>
            </figcaption>
            <p class="card__value">{formatFigure(figure, locale)}</p>
            <p class="card__detail">{figureDetail(figure, locale)}</p>
            <p class="card__source">
              <a href={`/${locale}/f/${figure.id}`} target="_blank" rel="noopener">
                {text(locale, 'embed.credit')}
              </a>
            </p>
          </figure>
        </main>
      </body>
    </html>
  );
}
