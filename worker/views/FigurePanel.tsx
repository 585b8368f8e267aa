import type { Child } from 'hono/jsx';
import type { StepId } from '../content';
import { CHANGED, NEEDS } from '../graphic/checklist';
import { DotArrayPaths, DOT_PAD } from '../graphic/DotArraySvg';
import {
  ArrayLabels,
  arrayGeometry,
  ArrayNote,
  CountersFigure,
  DotArrayFigure,
  EstimateFigure,
  FallFigure,
  GraphicDefs,
  label,
  ListFigure,
  MapFigure,
  TimelineFigure,
} from '../graphic/Graphics';
import type { Locale } from '../i18n/locales';
import { fill, message } from '../i18n/messages';
import { locatorMap } from '../graphic/map';
import { buildPanelModel, frameSources, measuredFrame, type Frame, type StepFrame } from './panel-model';

const model = buildPanelModel();

/** Attributes that tie a part to the steps that show it; the first step is pre-rendered on. */
function part(on: StepId[], initial: StepId, base: string) {
  return { class: `${base} part${on.includes(initial) ? ' is-on' : ''}`, 'data-on': on.join(' ') };
}

/** One frame as it looks at the end of its step: the panel's scenes and the still pictures share it. */
function FrameView({ locale, frame, id, carry }: { locale: Locale; frame: Frame; id: string; carry?: boolean }) {
  switch (frame.kind) {
    case 'estimate':
      return (
        <>
          <MapFigure locale={locale} state="outline" id={id} />
          <EstimateFigure locale={locale} />
          <TimelineFigure locale={locale} events={frame.timeline} />
        </>
      );
    case 'array':
      return (
        <>
          {frame.map && <MapFigure locale={locale} state="cities" id={id} />}
          <DotArrayFigure locale={locale} frame={frame} />
        </>
      );
    case 'fall':
      return <FallFigure locale={locale} caveat={frame.caveat} carry={carry} />;
    case 'justice':
      return (
        <>
          <TimelineFigure locale={locale} events={frame.timeline} />
          <CountersFigure locale={locale} />
        </>
      );
    case 'changed':
      return (
        <>
          <ListFigure locale={locale} title="graphic.changed.title" items={CHANGED} kind="changed" />
          <TimelineFigure locale={locale} events={frame.timeline} />
        </>
      );
    case 'limits':
      return <MapFigure locale={locale} state="limits" id={id} />;
    case 'needs':
      return <ListFigure locale={locale} title="graphic.needs.title" items={NEEDS} kind="needs" />;
  }
}

/** "Three cities studied: Phnom Penh · Siem Reap · Sihanoukville", for the thumbnail map. */
function places(locale: Locale): string {
  const names = locatorMap().cities.map((c) => message(locale, `place.${c.id}`));
  return label(locale, 'graphic.map.places', { names: names.join(' · ') });
}

type ArrayStep = StepFrame & { frame: Extract<Frame, { kind: 'array' }> };

/**
 * The array steps share one scene, so the reader sees the same 1,000 dots turn. Only the neutral
 * dots are always on; each step's coloured dots are a layer of their own, so a later step can show
 * fewer warm dots than an earlier one. Each step's labels and note stack in one slot each, and a
 * slot is as tall as its tallest step: the dots keep one size and one place from step to step.
 */
function ArrayScene({ locale, steps, initial }: { locale: Locale; steps: ArrayStep[]; initial: StepId }) {
  const base = arrayGeometry(steps[0]!.frame);
  const pad = DOT_PAD;
  const noted = steps.filter((s) => s.frame.note || s.frame.map);
  return (
    <div
      {...part(
        steps.map((s) => s.step),
        initial,
        'scene scene--array',
      )}
    >
      <div class="scene__slot">
        {steps.map((s) => (
          <div {...part([s.step], initial, 'scene__labels')}>
            {s.frame.map && (
              <div class="scene__inset">
                <MapFigure locale={locale} state="cities" id="panel-map" />
              </div>
            )}
            <ArrayLabels locale={locale} frame={s.frame} />
            {s.frame.map && <p class="g-note scene__places">{places(locale)}</p>}
          </div>
        ))}
      </div>
      <svg
        class="dots scene__dots"
        viewBox={`${-pad} ${-pad} ${base.width + 2 * pad} ${base.height + 2 * pad}`}
        focusable="false"
        aria-hidden="true"
      >
        <DotArrayPaths geometry={base} coloured={false} />
        {steps.map((s) => (
          <g {...part([s.step], initial, 'scene__layer')} data-carry={s.frame.minors}>
            <DotArrayPaths geometry={arrayGeometry(s.frame)} neutral={false} />
          </g>
        ))}
      </svg>
      <div class="scene__slot">
        {noted.map((s) => (
          <div {...part([s.step], initial, 'scene__note')}>
            <ArrayNote locale={locale} frame={s.frame} />
          </div>
        ))}
      </div>
    </div>
  );
}

/**
 * The sticky figure panel. It is aria-hidden: every value it shows is also in the step text,
 * so assistive technology reads the story once, from the prose.
 */
export function FigurePanel({ locale, initial }: { locale: Locale; initial: StepId }) {
  const scenes: Child[] = [];
  for (let i = 0; i < model.length; i++) {
    const { step, frame } = model[i]!;
    if (frame.kind === 'array') {
      const run: ArrayStep[] = [];
      while (model[i]?.frame.kind === 'array') run.push(model[i++] as ArrayStep);
      i--;
      scenes.push(<ArrayScene locale={locale} steps={run} initial={initial} />);
      continue;
    }
    scenes.push(
      <div {...part([step], initial, `scene scene--${frame.kind}`)}>
        <FrameView locale={locale} frame={frame} id={`panel-${step}`} carry />
      </div>,
    );
  }
  return (
    <div class="panel" aria-hidden="true" data-state={initial}>
      <GraphicDefs />
      <div class="panel__stage">{scenes}</div>
    </div>
  );
}

/**
 * A step's frame as a still picture, for readers without JavaScript; the enhanced page hides it,
 * since the panel shows the same frame. Hook: rendered after each step's card.
 */
export function StepPicture({ locale, id }: { locale: Locale; id: StepId }) {
  const entry = model.find((m) => m.step === id);
  if (!entry) return null;
  return (
    <div class={`step__picture picture--${entry.frame.kind}`} aria-hidden="true">
      <FrameView locale={locale} frame={entry.frame} id={`still-${id}`} />
    </div>
  );
}

/** "Source: …" under a step's frame, from the sources of what the frame draws (panel-model.ts). */
export function StepSource({ locale, id }: { locale: Locale; id: StepId }) {
  const entry = model.find((m) => m.step === id);
  if (!entry) return null;
  const names = frameSources(entry).map((source) => message(locale, `source.${source}.name`));
  const line = fill(message(locale, 'ui.source.line'), { sources: names.join(message(locale, 'ui.source.separator')) });
  return (
    <p class="step__source">
      {line}
      {measuredFrame(entry.frame) && ` ${message(locale, 'ui.source.unpublished')}`}
    </p>
  );
}
