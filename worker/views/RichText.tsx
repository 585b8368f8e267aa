import { markKhmerLineBreaks } from '../i18n/khmer-line-breaks';
import type { Locale } from '../i18n/locales';
import { message } from '../i18n/messages';
import { proseBlocks, segments } from '../i18n/rich-text';

/** Khmer lines break only between words; a figure's value is one unit (.fig is nowrap). */
function Inline({ locale, source }: { locale: Locale; source: string }) {
  return (
    <>
      {segments(source, locale).map((s) =>
        s.kind === 'figure' ? (
          <a class="fig" href={`/${locale}/sources#${s.id}`} data-figure={s.id}>
            {s.text}
          </a>
        ) : (
          markKhmerLineBreaks(s.text)
        ),
      )}
    </>
  );
}

/**
 * Localized prose; each figure links to its note on the sources page. Blank lines separate
 * paragraphs; lines that start with "- " are the items of a list.
 */
export function RichText({ locale, messageKey }: { locale: Locale; messageKey: string }) {
  return (
    <>
      {proseBlocks(message(locale, messageKey)).map((block) =>
        block.kind === 'paragraph' ? (
          <p>
            <Inline locale={locale} source={block.text} />
          </p>
        ) : (
          <ul class="prose-list">
            {block.items.map((item) => (
              <li>
                <Inline locale={locale} source={item} />
              </li>
            ))}
          </ul>
        ),
      )}
    </>
  );
}
