// Which frame of the graphic each step shows. Derived from content/story/steps.json and the
// figures: a step's figures decide its frame, so a new figure in a step needs no change here.
import { figures, findFigure, statements, steps, type Figure, type StepId } from '../content';
import { CHANGED, NEEDS } from '../graphic/checklist';
import type { ArrayFrame } from '../graphic/Graphics';
import type { TimelineEventId } from '../graphic/timeline';

export type Frame =
  | { kind: 'estimate'; figure: string; timeline: TimelineEventId[] }
  | ({ kind: 'array'; map: boolean } & ArrayFrame)
  | { kind: 'fall'; figure: string; caveat?: string }
  | { kind: 'justice'; timeline: TimelineEventId[] }
  | { kind: 'changed'; timeline: TimelineEventId[] }
  | { kind: 'limits' }
  | { kind: 'needs' };

export type FrameKind = Frame['kind'];

/** Steps without figures, by what they are about. */
const FIGURELESS: Record<string, FrameKind> = { 'what-changed': 'changed', limits: 'limits', ahead: 'needs' };

/** A note that goes with a figure wherever the array shows it: the source's own wording. */
const NOTES: Record<string, string> = { 'young-minors-2015': 'graphic.young-2015.note' };

function sameYear(population: string, year: number | null): Figure | undefined {
  return figures.find((f) => f.population === population && f.year === year && !f.derived);
}

function frameOf(figureIds: string[], stepId: StepId, firstArray: boolean): Frame {
  const shown = figureIds.map((id) => findFigure(id)).filter((f): f is Figure => f !== undefined);
  const lead = shown[0];
  if (!lead) {
    const kind = FIGURELESS[stepId];
    if (kind === 'changed') return { kind, timeline: ['watch-list', 'tier-request'] };
    if (kind === 'limits' || kind === 'needs') return { kind };
    throw new Error(`step "${stepId}" has no figures and no frame`);
  }
  if (lead.derived) return { kind: 'fall', figure: lead.id };
  if (lead.unit !== 'percent') return { kind: 'justice', timeline: ['police'] };
  if (typeof lead.value === 'object') return { kind: 'estimate', figure: lead.id, timeline: ['ijm-begins'] };

  // An array frame: the minors of the lead figure's year, its young minors if the step is about
  // them, and an earlier minors figure the step compares with as an outline.
  const minors = sameYear('minors', lead.year);
  if (!minors) throw new Error(`no minors figure for ${lead.year}`);
  const young = shown.some((f) => f.population === 'young-minors') ? sameYear('young-minors', lead.year) : undefined;
  const ghost = shown.find((f) => f.population === 'minors' && (f.year ?? 0) < (lead.year ?? 0));
  return {
    kind: 'array',
    map: firstArray,
    minors: minors.id,
    young: young?.id,
    ghost: ghost?.id,
    note: young ? NOTES[young.id] : undefined,
  };
}

export interface StepFrame {
  step: StepId;
  frame: Frame;
}

/** The story's last frame returns to the fall with what was counted, the main caveat. */
const CLOSING_CAVEAT = 'graphic.map.counted';

export function buildPanelModel(): StepFrame[] {
  let arraySeen = false;
  return steps.map((step, index) => {
    let frame = frameOf(step.figures, step.id, !arraySeen);
    if (frame.kind === 'array') arraySeen = true;
    if (frame.kind === 'fall' && index === steps.length - 1) frame = { ...frame, caveat: CLOSING_CAVEAT };
    return { step: step.id, frame };
  });
}

/** The message keys of the statements a frame draws; content/data/statements.json cites each. */
function statementKeys(frame: Frame): string[] {
  const timeline = 'timeline' in frame ? frame.timeline.map((id) => `graphic.timeline.${id}`) : [];
  switch (frame.kind) {
    case 'estimate':
      return [...timeline, 'sources.statement.map'];
    case 'array':
      return frame.map ? ['sources.statement.map'] : [];
    case 'fall':
      return frame.caveat ? [frame.caveat] : [];
    case 'justice':
      return timeline;
    case 'changed':
      return [...CHANGED, ...timeline];
    case 'limits':
      return ['graphic.map.counted', 'graphic.map.not-counted', 'graphic.map.outside', 'sources.statement.map'];
    case 'needs':
      return NEEDS;
  }
}

/**
 * Where a step's frame comes from: the sources of its figures, then of the statements it draws,
 * each once, in that order.
 */
export function frameSources({ step, frame }: StepFrame): string[] {
  const record = steps.find((s) => s.id === step);
  const fromFigures = (record?.figures ?? []).map((id) => findFigure(id)?.source);
  const fromStatements = statementKeys(frame).map((key) => {
    const statement = statements.find((s) => s.key === key);
    if (!statement) throw new Error(`the frame of "${step}" draws "${key}", which statements.json does not cite`);
    return statement.source;
  });
  return [...new Set([...fromFigures, ...fromStatements].filter((id): id is string => id !== undefined))];
}

/** The frames drawn from the studies' measurements, whose sample sizes and margins of error were not published. */
export function measuredFrame(frame: Frame): boolean {
  return frame.kind === 'array' || frame.kind === 'fall';
}
