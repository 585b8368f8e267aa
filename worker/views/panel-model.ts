// Which parts of the figure panel each step shows. Derived from content/story/steps.json,
// so adding a step or a figure there needs no change here.
import { figures, findFigure, steps, type Figure, type StepId } from '../content';

export type Scene = 'chart' | 'counters' | 'places';

export interface PanelPart {
  /** Steps on which this part is shown. */
  on: StepId[];
  /** Steps on which this part is the focus. */
  focus: StepId[];
}

export interface ChartRow extends PanelPart {
  figure: Figure;
  /** Bar extent as a share of the axis, 0–100 (a range has a start). */
  start: number;
  end: number;
}

export interface PanelModel {
  axisMax: number;
  rows: ChartRow[];
  fall: (PanelPart & { figure: Figure })[];
  counters: (PanelPart & { figure: Figure })[];
  places: PanelPart & { placeIds: string[] };
}

function sceneOf(figureIds: string[]): Scene {
  const units = figureIds.map((id) => findFigure(id)?.unit);
  if (units.includes('percent')) return 'chart';
  if (units.length > 0) return 'counters';
  return 'places';
}

/** The figures a step draws attention to, including the inputs of a derived figure. */
function focusedFigures(figureIds: string[]): Set<string> {
  const ids = new Set(figureIds);
  for (const id of figureIds) {
    const derived = findFigure(id)?.derived;
    if (derived) ids.add(derived.from).add(derived.to);
  }
  return ids;
}

export function buildPanelModel(): PanelModel {
  const chartFigures = figures.filter((f) => f.unit === 'percent' && !f.derived);
  const axisMax = Math.max(
    ...chartFigures.map((f) => (typeof f.value === 'number' ? f.value : f.value.high)),
  );
  const scenes = steps.map((s) => ({ step: s, scene: sceneOf(s.figures), focus: focusedFigures(s.figures) }));

  // A chart row appears with the first step that names it and stays while the chart is shown.
  const rowOrder = ['estimate', 'minors', 'young-minors'];
  const rows: ChartRow[] = chartFigures
    .map((figure) => {
      const firstIndex = scenes.findIndex((s) => s.focus.has(figure.id));
      const on = scenes.filter((s, i) => s.scene === 'chart' && i >= firstIndex).map((s) => s.step.id);
      const focus = scenes.filter((s) => s.focus.has(figure.id)).map((s) => s.step.id);
      const [low, high] = typeof figure.value === 'number' ? [0, figure.value] : [figure.value.low, figure.value.high];
      return { figure, on: firstIndex < 0 ? [] : on, focus, start: (low / axisMax) * 100, end: (high / axisMax) * 100 };
    })
    .sort(
      (a, b) =>
        rowOrder.indexOf(populationGroup(a.figure)) - rowOrder.indexOf(populationGroup(b.figure)) ||
        (a.figure.year ?? 0) - (b.figure.year ?? 0),
    );

  const stepsNaming = (figure: Figure) => scenes.filter((s) => s.step.figures.includes(figure.id)).map((s) => s.step.id);
  const fall = figures.filter((f) => f.derived).map((figure) => ({ figure, on: stepsNaming(figure), focus: stepsNaming(figure) }));
  const counters = figures
    .filter((f) => f.unit !== 'percent')
    .map((figure) => ({ figure, on: stepsNaming(figure), focus: stepsNaming(figure) }));
  const placeSteps = scenes.filter((s) => s.scene === 'places').map((s) => s.step.id);

  // The places of the measured (not estimated) figures: the cities the studies covered.
  const placeIds = [...new Set(rows.flatMap((r) => r.figure.places))];

  return { axisMax, rows, fall, counters, places: { on: placeSteps, focus: placeSteps, placeIds } };
}

function populationGroup(figure: Figure): string {
  return figure.population === 'csec-estimate' ? 'estimate' : figure.population;
}
