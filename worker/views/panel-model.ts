// Which frame of the graphic each step shows. Derived from content/story/steps.json and the
// figures: a step's figures decide its frame, so a new figure in a step needs no change here.
import { figures, findFigure, steps, type Figure, type StepId } from '../content';
import type { ArrayFrame } from '../graphic/Graphics';
import type { TimelineEventId } from '../graphic/timeline';

export type Frame =
  | { kind: 'estimate'; figure: string; timeline: TimelineEventId[] }
  | ({ kind: 'array'; map: boolean } & ArrayFrame)
  | { kind: 'fall'; figure: string }
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

export function buildPanelModel(): StepFrame[] {
  let arraySeen = false;
  return steps.map((step) => {
    const frame = frameOf(step.figures, step.id, !arraySeen);
    if (frame.kind === 'array') arraySeen = true;
    return { step: step.id, frame };
  });
}
