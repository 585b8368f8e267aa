import { gluedAcross, markKhmerLineBreaks, WORD_JOINER } from '../i18n/khmer-line-breaks';
import type { Locale } from '../i18n/locales';
import { message } from '../i18n/messages';
import { proseBlocks, segments } from '../i18n/rich-text';

/**
 * Khmer lines break only between words, never inside a figure's value (.fig is nowrap) nor
 * before the punctuation that follows one (៥០០ នាក់|។). Between prose and a value that meet
 * with no space (ចំនួន|ជាង ៥០០ នាក់) a line may break: that is a word boundary too, and gluing
 * them made long unbreakable runs that wrapped differently once the webfont arrived.
 */
const KHMER_PUNCTUATION = /^[\u17d4-\u17da]/;

function Inline({ locale, source }: { locale: Locale; source: string }) {
  const parts = segments(source, locale);
  return (
    <>
      {parts.map((s, i) => {
        if (s.kind === 'figure') {
          return (
            <a class="fig" href={`/${locale}/sources#${s.id}`} data-figure={s.id}>
              {s.text}
            </a>
          );
        }
        const before = i > 0 && KHMER_PUNCTUATION.test(s.text) && gluedAcross(parts[i - 1]?.text ?? '', s.text) ? WORD_JOINER : '';
        return before + markKhmerLineBreaks(s.text);
      })}
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
