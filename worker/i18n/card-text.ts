// What a share card says besides its figure: the comparison under the key number, and the
// alternative text that describes the card to someone who cannot see it. The build renders the
// cards from these (scripts/build/share-cards.ts); pages name the same alt text in og:image:alt.
import { figures, findFigure, type Figure } from '../content';
import { siteName } from './citation';
import { formatFigure } from './format-figure';
import { formatYear } from './format-number';
import type { Locale } from './locales';
import { fill } from './messages';
import { text } from './rich-text';

/** The story's card shows its headline result: the share of minors in the latest study. */
export const STORY_CARD_FIGURE = 'minors-2015';

/** The same measure in the latest earlier study: same population, unit and places, one year. */
function earlierMeasure(figure: Figure): Figure | undefined {
  if (figure.derived || figure.period || figure.year === null || typeof figure.value !== 'number') return undefined;
  const year = figure.year;
  return figures
    .filter(
      (f) =>
        f.id !== figure.id &&
        !f.derived &&
        !f.period &&
        f.year !== null &&
        f.year < year &&
        typeof f.value === 'number' &&
        f.population === figure.population &&
        f.unit === figure.unit &&
        f.places.join() === figure.places.join(),
    )
    .sort((a, b) => (b.year ?? 0) - (a.year ?? 0))[0];
}

/** "down from 8.16% in 2012", "from 8.16% in 2012 to 2.2% in 2015", an estimate's caveat, or undefined. */
export function cardComparison(figure: Figure, locale: Locale): string | undefined {
  // An estimate of the time (its period approximate) is compared with nothing, and says so.
  if (figure.period?.approximate) return text(locale, 'card.estimate');
  if (figure.derived) {
    const from = findFigure(figure.derived.from);
    const to = findFigure(figure.derived.to);
    if (!from || !to || from.year === null || to.year === null) return undefined;
    return fill(text(locale, 'card.change'), {
      from: formatFigure(from, locale),
      fromYear: formatYear(from.year, locale),
      to: formatFigure(to, locale),
      toYear: formatYear(to.year, locale),
    });
  }
  const earlier = earlierMeasure(figure);
  // Only a fall is worded ("down from"); the data has no rise to compare.
  if (!earlier || earlier.year === null || (earlier.value as number) <= (figure.value as number)) return undefined;
  return fill(text(locale, 'card.comparison'), { value: formatFigure(earlier, locale), year: formatYear(earlier.year, locale) });
}

/** The figure a card shows as its key number: its own, or for the story's card the headline result. */
export function cardFigure(id: string): Figure | undefined {
  return findFigure(id === 'story' ? STORY_CARD_FIGURE : id);
}

/** Describes the card (site, key number, comparison, what else is on it) without repeating the page title. */
export function cardAlt(locale: Locale, id: string): string {
  const figure = cardFigure(id);
  if (!figure) throw new Error(`no card figure for "${id}"`);
  const comparison = cardComparison(figure, locale);
  const params = { site: siteName(locale), value: formatFigure(figure, locale), comparison: comparison ?? '' };
  return fill(text(locale, comparison ? 'card.alt.compared' : 'card.alt'), params);
}
