import type { Figure, Range } from '../content';
import { formatNumber, formatYear } from './format-number';
import type { Locale } from './locales';
import { fill, message } from './messages';

function withUnit(figure: Figure, value: number, locale: Locale): string {
  return fill(message(locale, `unit.${figure.unit}`), {
    value: formatNumber(value, locale, figure.decimals),
  });
}

function isRange(value: Figure['value']): value is Range {
  return typeof value === 'object';
}

/** The figure as a reader sees it: unit, locale digits and qualifier ("more than 500") kept. */
export function formatFigure(figure: Figure, locale: Locale): string {
  if (isRange(figure.value)) {
    return fill(message(locale, 'qualifier.range'), {
      low: withUnit(figure, figure.value.low, locale),
      high: withUnit(figure, figure.value.high, locale),
    });
  }
  const shown = withUnit(figure, figure.value, locale);
  return figure.qualifier === 'more-than' ? fill(message(locale, 'qualifier.more-than'), { value: shown }) : shown;
}

/** The display value split around its number, so a view can set "more than" apart from "500". */
export function figureParts(figure: Figure, locale: Locale): { before: string; value: string; after: string } {
  if (isRange(figure.value) || figure.qualifier !== 'more-than') {
    return { before: '', value: formatFigure(figure, locale), after: '' };
  }
  const template = message(locale, 'qualifier.more-than');
  const at = template.indexOf('{value}');
  return {
    before: template.slice(0, at),
    value: withUnit(figure, figure.value, locale),
    after: template.slice(at + '{value}'.length),
  };
}

/**
 * When the figure holds, as the data gives it: its period ("2003–2015") or its year ("2015").
 * An approximate period is said as the source says it, never as a range with an end year the
 * source never gave: a decade's first years are "early 2000s", any other "about 2000–2006".
 */
export function figureWhen(figure: Figure, locale: Locale): string {
  const period = figure.period;
  if (period) {
    const [from, to] = [formatYear(period.from, locale), formatYear(period.to, locale)];
    if (!period.approximate) return fill(message(locale, 'ui.period'), { from, to });
    const earlyDecade = period.from % 10 === 0 && period.to - period.from < 5;
    return earlyDecade
      ? fill(message(locale, 'ui.period.early'), { decade: from })
      : fill(message(locale, 'ui.period.about'), { from, to });
  }
  return figure.year !== null ? formatYear(figure.year, locale) : '';
}

/** "Phnom Penh · Siem Reap · Sihanoukville", or '' for a figure with no places. */
export function figureWhere(figure: Figure, locale: Locale): string {
  return figure.places.map((p) => message(locale, `place.${p}`)).join(' · ');
}

/**
 * When the figure holds, unless its label already says so ("Estimates from the early 2000s…"):
 * a title or a card never tells the reader the same date twice.
 */
export function whenUnlessLabelSays(figure: Figure, locale: Locale, label: string): string {
  const when = figureWhen(figure, locale);
  return label.includes(when) ? '' : when;
}

/** "2015 · Phnom Penh · Siem Reap · Sihanoukville": when and where, in the locale's digits. */
export function figureDetail(figure: Figure, locale: Locale): string {
  return [figureWhen(figure, locale), figureWhere(figure, locale)].filter(Boolean).join(' · ');
}
