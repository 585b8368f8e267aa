import type { Figure, StepId } from '../content';
import { figureParts, formatFigure } from '../i18n/format-figure';
import { formatYear } from '../i18n/format-number';
import type { Locale } from '../i18n/locales';
import { message } from '../i18n/messages';
import { text } from '../i18n/rich-text';
import { buildPanelModel, type ChartRow, type PanelPart } from './panel-model';

const model = buildPanelModel();

/** Attributes that tie a panel part to the steps that show it; the first step is pre-rendered. */
function partAttributes(part: PanelPart, initial: StepId, base: string) {
  const classes = [base, 'part'];
  if (part.on.includes(initial)) classes.push('is-on');
  if (part.focus.includes(initial)) classes.push('is-focus');
  return { class: classes.join(' '), 'data-on': part.on.join(' '), 'data-focus': part.focus.join(' ') };
}

function rowLabel(row: ChartRow, locale: Locale): string {
  const { figure } = row;
  if (figure.year === null) return text(locale, 'panel.estimate');
  return `${formatYear(figure.year, locale)} · ${text(locale, `panel.${figure.population}`)}`;
}

function CounterValue({ figure, locale }: { figure: Figure; locale: Locale }) {
  const { before, value, after } = figureParts(figure, locale);
  return (
    <span class="counter__value">
      {before && <span class="counter__qualifier">{before.trim()}</span>}
      <span class="counter__number">{value}</span>
      {after && <span class="counter__qualifier">{after.trim()}</span>}
    </span>
  );
}

/**
 * The sticky figure panel. It is aria-hidden: every value it shows is also in the step text,
 * so assistive technology reads the story once, from the prose.
 */
export function FigurePanel({ locale, initial }: { locale: Locale; initial: StepId }) {
  return (
    <div class="panel" aria-hidden="true" data-state={initial}>
      <div class="panel__stage">
        <div class="scene">
          <p {...partAttributes({ on: model.rows.flatMap((r) => r.on), focus: [] }, initial, 'panel__axis')}>
            {text(locale, 'panel.axis')}
          </p>
          <ul class="chart">
            {model.rows.map((row) => (
              <li {...partAttributes(row, initial, 'row')} data-figure={row.figure.id}>
                <span class="row__label">{rowLabel(row, locale)}</span>
                <span class="row__bar">
                  <svg class="row__track" viewBox="0 0 100 8" preserveAspectRatio="none" focusable="false">
                    <rect width="100" height="8" />
                  </svg>
                  {/* Its own <svg>, so the bar grows on the compositor: a transform on an SVG child animates on the main thread. */}
                  <svg class="row__fill" viewBox="0 0 100 8" preserveAspectRatio="none" focusable="false">
                    <rect x={row.start.toFixed(3)} width={(row.end - row.start).toFixed(3)} height="8" />
                  </svg>
                </span>
                <span class="row__value">{formatFigure(row.figure, locale)}</span>
              </li>
            ))}
          </ul>
          {model.fall.map((part) => (
            <p {...partAttributes(part, initial, 'fall')} data-figure={part.figure.id}>
              <span class="fall__value">{formatFigure(part.figure, locale)}</span>
              <span class="fall__label">{text(locale, 'panel.fall')}</span>
            </p>
          ))}
        </div>
        <ul class="scene counters">
          {model.counters.map((part) => (
            <li {...partAttributes(part, initial, 'counter')} data-figure={part.figure.id}>
              <CounterValue figure={part.figure} locale={locale} />
              <span class="counter__label">{text(locale, `figure.${part.figure.id}.label`)}</span>
            </li>
          ))}
        </ul>
        <div {...partAttributes(model.places, initial, 'scene places')}>
          <p class="places__title">{text(locale, 'panel.places')}</p>
          <ul class="places__list">
            {model.places.placeIds.map((place) => (
              <li>{message(locale, `place.${place}`)}</li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  );
}
