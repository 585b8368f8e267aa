import { markKhmerLineBreaks } from '../i18n/khmer-line-breaks';
import type { Locale } from '../i18n/locales';
import { message } from '../i18n/messages';
import { segments } from '../i18n/rich-text';

/**
 * Localized prose; each figure links to its note on the sources page. Blank lines separate
 * paragraphs. Khmer lines break only between words; a figure's value is one unit (.fig is nowrap).
 */
export function RichText({ locale, messageKey }: { locale: Locale; messageKey: string }) {
  const paragraphs = message(locale, messageKey).split(/\n{2,}/);
  return (
    <>
      {paragraphs.map((paragraph) => (
        <p>
          {segments(paragraph, locale).map((s) =>
            s.kind === 'figure' ? (
              <a class="fig" href={`/${locale}/sources#${s.id}`} data-figure={s.id}>
                {s.text}
              </a>
            ) : (
              markKhmerLineBreaks(s.text)
            ),
          )}
        </p>
      ))}
    </>
  );
}
