// The graphic's frames as server-rendered markup: the panel shows them one at a time, and
// without JavaScript each step shows its own as a still picture. Every label is a message key;
// every number comes from the data. No inline styles (the CSP allows none): positions are SVG
// attributes, in percentages where labels must stay at their size in CSS pixels.
import { findFigure, type Figure } from '../content';
import { figureParts, formatFigure } from '../i18n/format-figure';
import { formatNumber, formatYear } from '../i18n/format-number';
import type { Locale } from '../i18n/locales';
import { fill, message } from '../i18n/messages';
import { formatNaturalFrequency, naturalFrequency, PER, type NaturalFrequency } from '../i18n/natural-frequency';
import { segments } from '../i18n/rich-text';
import { arrayState, dotArray } from './dot-array';
export { DOT_PAD } from './DotArraySvg';
import { DotArraySvg, NEUTRAL_DOTS, NEUTRAL_ID } from './DotArraySvg';
import { estimateGeometry } from './estimate';
import { fallArrays } from './fall';
import { locatorMap } from './map';
import { buildTimeline, WATCH_LIST_TIER, type TimelineEvent, type TimelineEventId } from './timeline';

/** A message with simple {params} filled by code and content placeholders resolved. */
export function label(locale: Locale, key: string, params: Record<string, string> = {}): string {
  return segments(fill(message(locale, key), params), locale)
    .map((s) => s.text)
    .join('');
}

function figure(id: string): Figure {
  const found = findFigure(id);
  if (!found) throw new Error(`unknown figure "${id}"`);
  return found;
}

function frequency(f: Figure): NaturalFrequency {
  if (typeof f.value !== 'number') throw new TypeError(`${f.id} is a range`);
  return naturalFrequency(f.value, f.decimals);
}

/** "about 82" (the short form, for a label that already says what is counted). */
export function shortFrequency(nf: NaturalFrequency, locale: Locale): string {
  if (nf.kind === 'between') {
    return fill(message(locale, 'nf.short.between'), { low: formatNumber(nf.low, locale), high: formatNumber(nf.high, locale) });
  }
  return fill(message(locale, `nf.short.${nf.kind}`), { count: formatNumber(nf.count, locale) });
}

/** "2012: about 82 in every 1,000 were minors (8.16%)". */
export function shareLabel(f: Figure, locale: Locale): string {
  return label(locale, `graphic.share.${f.population}`, {
    year: formatYear(f.year ?? 0, locale),
    nf: formatNaturalFrequency(frequency(f), locale),
    value: formatFigure(f, locale),
  });
}

const pct = (n: number) => `${Math.round(n * 10) / 10}%`;

// The array -------------------------------------------------------------------------------

export interface ArrayFrame {
  minors: string;
  young?: string;
  ghost?: string;
  /** A note under the labels, such as the source's wording of a value. */
  note?: string;
}

function arrayFigures(frame: ArrayFrame) {
  return {
    minors: figure(frame.minors),
    young: frame.young ? figure(frame.young) : undefined,
    ghost: frame.ghost ? figure(frame.ghost) : undefined,
  };
}

export function arrayGeometry(frame: ArrayFrame) {
  return dotArray(arrayState(arrayFigures(frame)));
}

/** The labels over an array: one line per coloured class, each with its key. */
export function ArrayLabels({ locale, frame, class: className }: { locale: Locale; frame: ArrayFrame; class?: string }) {
  const { minors, young, ghost } = arrayFigures(frame);
  return (
    <div class={['g-labels', className].filter(Boolean).join(' ')}>
      <p class="g-label">
        <span class="g-key g-key--minors" />
        {shareLabel(minors, locale)}
      </p>
      {ghost && (
        <p class="g-label">
          <span class="g-key g-key--ghost" />
          {label(locale, 'graphic.ghost', { year: formatYear(ghost.year ?? 0, locale), count: shortFrequency(frequency(ghost), locale) })}
        </p>
      )}
      {young && (
        <p class="g-label">
          <span class="g-key g-key--young" />
          {shareLabel(young, locale)}
        </p>
      )}
    </div>
  );
}

/** What an array frame says under the dots: its note, else what a dot stands for. */
export function ArrayNote({ locale, frame, class: className }: { locale: Locale; frame: ArrayFrame; class?: string }) {
  return (
    <p class={['g-note', className].filter(Boolean).join(' ')}>
      {frame.note ? label(locale, frame.note) : label(locale, 'graphic.array.key', { per: formatNumber(PER, locale) })}
    </p>
  );
}

export function DotArrayFigure({ locale, frame }: { locale: Locale; frame: ArrayFrame }) {
  return (
    <div class="g g-array">
      <ArrayLabels locale={locale} frame={frame} />
      <DotArraySvg geometry={arrayGeometry(frame)} class="g-array__dots" />
      <ArrayNote locale={locale} frame={frame} />
    </div>
  );
}

// The fall --------------------------------------------------------------------------------

/** The fall in percentage points ("5.96"), at the precision of the finer of its two shares. */
export function fallPoints(change: Figure, locale: Locale): string {
  const from = figure(change.derived!.from);
  const to = figure(change.derived!.to);
  if (typeof from.value !== 'number' || typeof to.value !== 'number') throw new TypeError(`${change.id} needs two shares`);
  const decimals = Math.max(from.decimals, to.decimals);
  return formatNumber(from.value - to.value, locale, decimals);
}

/** carry: in the panel, each array names its figure, so the client can move it from the frame before. */
export function FallFigure({ locale, caveat, carry }: { locale: Locale; caveat?: string; carry?: boolean }) {
  const change = figure('minors-change');
  const arrays = fallArrays(figure(change.derived!.from), figure(change.derived!.to));
  return (
    <div class="g g-fall">
      <p class="g-fall__label">{label(locale, 'graphic.fall.heading', { points: fallPoints(change, locale) })}</p>
      <div class="g-fall__pair">
        {arrays.map(({ figure: f, geometry }, i) => (
          <>
            <div class="g-fall__year">
              <p>
                {label(locale, 'graphic.ghost', { year: formatYear(f.year ?? 0, locale), count: shortFrequency(frequency(f), locale) })}
              </p>
              {i === 0 && <span class="g-fall__arrow" />}
            </div>
            <DotArraySvg geometry={geometry} class="g-fall__dots" carry={carry ? f.id : undefined} />
          </>
        ))}
      </div>
      {caveat && <p class="g-note g-fall__caveat">{label(locale, caveat)}</p>}
    </div>
  );
}

// The early estimate ----------------------------------------------------------------------

export function EstimateFigure({ locale }: { locale: Locale }) {
  const f = figure('estimate-2000s');
  const g = estimateGeometry(f);
  const width = g.high - g.low;
  // The band's edges fade over a fifth of its width each side: the estimates were not precise.
  const edge = width / 5;
  const percent = (n: number) => fill(message(locale, 'unit.percent'), { value: formatNumber(n, locale) });
  return (
    <div class="g g-estimate">
      <p class="g-estimate__title">{label(locale, 'graphic.estimate.title')}</p>
      <p class="g-estimate__value">
        <span class="g-estimate__range">{formatFigure(f, locale)}</span>
        <span>{label(locale, 'panel.estimate')}</span>
      </p>
      <svg class="g-estimate__scale" width="100%" height="40" focusable="false" aria-hidden="true">
        <rect class="g-estimate__track" width="100%" height="16" y="4" />
        <rect class="g-estimate__soft" x={pct(g.low - edge)} width={pct(width + 2 * edge)} height="16" y="4" />
        <rect class="g-estimate__band" x={pct(g.low)} width={pct(width)} height="16" y="4" />
        {g.ticks.map((t) => (
          <>
            <rect class="g-estimate__tick" x={pct(t)} y="20" width="2" height="6" transform={t === 100 ? 'translate(-2 0)' : undefined} />
            <text x={pct(t)} y="38" text-anchor={t === 0 ? 'start' : t === 100 ? 'end' : 'middle'}>
              {percent(t)}
            </text>
          </>
        ))}
      </svg>
    </div>
  );
}

// Shapes the page draws several times, held once -------------------------------------------

const MAP_ID = 'g-cambodia';

/**
 * The country's outline and the neutral dots, once per page; every frame <use>s them. Referenced
 * elements need not be rendered, so this works inside the panel even where the panel is hidden.
 */
export function GraphicDefs() {
  return (
    <svg class="g-defs" width="0" height="0" focusable="false" aria-hidden="true">
      <defs>
        <path id={NEUTRAL_ID} d={NEUTRAL_DOTS} />
        <path id={MAP_ID} d={locatorMap().path} />
      </defs>
    </svg>
  );
}

// The locator map -------------------------------------------------------------------------

export type MapState = 'outline' | 'cities' | 'limits';

/** The clear disc round each city counted, in the map's units. */
const LIT_R = 11;
/** A label's offset past its city's disc, as a share of the map's width (the labels' layer is as wide). */
const LIT_DX = pct(((LIT_R + 5) / locatorMap().width) * 100);

export function MapFigure({ locale, state, id }: { locale: Locale; state: MapState; id: string }) {
  const map = locatorMap();
  const hatch = `${id}-hatch`;
  return (
    <div class={`g g-map g-map--${state}`}>
      {state === 'cities' && <p class="g-map__title">{label(locale, 'panel.places')}</p>}
      <div class="g-map__frame">
        <svg class="g-map__shape" viewBox={`0 0 ${map.width} ${map.height}`} focusable="false" aria-hidden="true">
          {state === 'limits' && (
            <>
              <pattern id={hatch} width="5" height="5" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                <path class="g-map__hatch" d="M0 0V5" stroke-width="1.6" />
              </pattern>
              {/* The hatch stops short of each city: the places counted sit on clear ground. */}
              <mask id={`${id}-lit`}>
                <rect width={map.width} height={map.height} fill="#fff" />
                {map.cities.map((c) => (
                  <circle cx={c.x} cy={c.y} r={LIT_R} />
                ))}
              </mask>
            </>
          )}
          <use class="g-map__land" href={`#${MAP_ID}`} />
          {state === 'limits' && <use href={`#${MAP_ID}`} fill={`url(#${hatch})`} mask={`url(#${id}-lit)`} />}
          {state === 'limits' && map.cities.map((c) => <circle class="g-map__lit" cx={c.x} cy={c.y} r={LIT_R} />)}
          {map.cities.map((c) => (
            <circle class="g-map__city" cx={c.x} cy={c.y} r={state === 'outline' ? 2.5 : 4} />
          ))}
        </svg>
        {state !== 'outline' && (
          <svg class="g-map__labels" width="100%" height="100%" focusable="false" aria-hidden="true">
            {map.cities.map((c) => (
              <text
                x={pct((c.x / map.width) * 100)}
                y={pct((c.y / map.height) * 100)}
                dx={(c.side === 'right' ? '' : '-') + (state === 'limits' ? LIT_DX : '9')}
                dy="0.35em"
                text-anchor={c.side === 'right' ? 'start' : 'end'}
                paint-order="stroke"
              >
                {message(locale, `place.${c.id}`)}
              </text>
            ))}
          </svg>
        )}
      </div>
      {state === 'limits' && (
        <ul class="g-map__notes">
          <li class="g-map__note g-map__note--counted">{label(locale, 'graphic.map.counted')}</li>
          <li class="g-map__note g-map__note--hatch">{label(locale, 'graphic.map.not-counted')}</li>
          <li class="g-map__note g-map__note--outside">{label(locale, 'graphic.map.outside')}</li>
        </ul>
      )}
    </div>
  );
}

// The timeline ----------------------------------------------------------------------------

/** A point's radius; points at the axis's ends are drawn inside it, so they show whole. */
const POINT_R = 6;

function inside(x: number): string | undefined {
  return x === 0 ? `translate(${POINT_R} 0)` : x === 100 ? `translate(${-POINT_R} 0)` : undefined;
}

/**
 * One axis row that carries every mark (a span as a bar, a moment as a point), its years under it,
 * and a key under that which names each mark: no label sits over the axis, so none can hit a year.
 */
export function TimelineFigure({ locale, events, class: className }: { locale: Locale; events: TimelineEventId[]; class?: string }) {
  const timeline = buildTimeline();
  const shown = timeline.events.filter((e) => events.includes(e.id));
  const params = { tier: formatNumber(WATCH_LIST_TIER, locale) };
  const spans = shown.filter((e) => e.x2 !== undefined);
  const points = shown.filter((e) => e.x2 === undefined);
  // A span over the whole axis is named on it, inline: the axis's years are its period, said once.
  const whole = (e: TimelineEvent) => e.x === 0 && e.x2 === 100;
  const keyed = [...spans, ...points].filter((e) => !whole(e));
  return (
    <div class={['g-timeline', className].filter(Boolean).join(' ')}>
      {spans.filter(whole).map((e) => (
        <p class="g-timeline__inline" data-event={e.id}>
          {label(locale, e.label, params)}
        </p>
      ))}
      <svg class="g-timeline__axis" width="100%" height="36" focusable="false" aria-hidden="true">
        <rect class="g-timeline__line" y="9" width="100%" height="2" />
        {timeline.ticks.map((t) => (
          <>
            <rect
              class="g-timeline__line"
              x={pct(t.x)}
              y="10"
              width="2"
              height="6"
              transform={t.x === 100 ? 'translate(-2 0)' : undefined}
            />
            <text x={pct(t.x)} y="32" text-anchor={t.x === 0 ? 'start' : t.x === 100 ? 'end' : 'middle'}>
              {formatYear(t.year, locale)}
            </text>
          </>
        ))}
        {spans.map((e) => (
          <rect class="g-timeline__span" x={pct(e.x)} width={pct(e.x2! - e.x)} y="5" height="10" rx="5" data-event={e.id} />
        ))}
        {points.map((e) => (
          <circle class="g-timeline__point" cx={pct(e.x)} cy="10" r={POINT_R} transform={inside(e.x)} data-event={e.id} />
        ))}
      </svg>
      {keyed.length > 0 && (
        <ul class="g-timeline__key">
          {keyed.map((e) => (
            <li class={`g-event g-event--${e.x2 === undefined ? 'point' : 'span'}`} data-event={e.id}>
              <b class="g-event__year">
                {formatYear(e.year, locale)}
                {e.until !== undefined && `–${formatYear(e.until, locale)}`}
              </b>{' '}
              {label(locale, e.label, params)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

// The justice counters --------------------------------------------------------------------

export const COUNTERS = ['officers-trained', 'cases', 'victims-rescued', 'perpetrators-convicted'];

export function CountersFigure({ locale }: { locale: Locale }) {
  return (
    <div class="g g-counters">
      <p class="g-counters__period">{label(locale, 'graphic.counters.period')}</p>
      <ul class="g-counters__list">
        {COUNTERS.map(figure).map((f) => {
          const { before, value, after } = figureParts(f, locale);
          return (
            <li class="g-counter">
              <span class="g-counter__value">
                {before && <span class="g-counter__qualifier">{before.trim()}</span>}
                <span class="g-counter__number">{value}</span>
                {after && <span class="g-counter__qualifier">{after.trim()}</span>}
              </span>
              <span class="g-counter__label">{label(locale, `graphic.counter.${f.id}`)}</span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

// Lists -----------------------------------------------------------------------------------

export function ListFigure({ locale, title, items, kind }: { locale: Locale; title: string; items: string[]; kind: 'changed' | 'needs' }) {
  return (
    <div class={`g g-list g-list--${kind}`}>
      <p class="g-list__title">{label(locale, title)}</p>
      {/* What changed builds, one statement per sub-step, in the panel (client/build.ts). */}
      <ul class="g-list__items" data-build={kind === 'changed' ? '' : undefined}>
        {items.map((key) => (
          <li class="g-list__item">{label(locale, key)}</li>
        ))}
      </ul>
    </div>
  );
}
