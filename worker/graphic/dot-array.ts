// The icon array: 1,000 dots, one per person available in the establishments, drawn as a few
// SVG paths. Each row of like dots is one line with a dash pattern of zero-length dashes and
// round caps, so 1,000 dots cost a few hundred bytes and one DOM node per class, not 1,000.
import type { Figure } from '../content';
import { dotCount, naturalFrequency, PER, type NaturalFrequency } from '../i18n/natural-frequency';

export interface Grid {
  cols: number;
  rows: number;
}

/**
 * Wide: a phone's panel is short and about 330 px wide, so height sets the dots' size. 50 × 20
 * gives dots of at least 4 px in a 360 × 640 panel where 40 × 25 gave 3.4 px.
 */
export const GRID: Grid = { cols: 50, rows: 20 };
/** Centre-to-centre distance and dot diameter, in SVG units. */
export const CELL = 8;
export const DOT = 5.6;
/**
 * A lone dot is marked by a half-ring on its outer side. It sits at the array's corner, with no
 * neighbour to its left or above, so the arc (from its lower left, round the outside, to its upper
 * right) clears every neighbour: the dots beside and below it are drawn whole.
 */
export const RING_R = CELL * 0.9;
export const RING_WIDTH = 1.6;
/** The minors' group fills rows of ten from the top-left corner: tens can be read without counting. */
export const GROUP_WIDTH = 10;

export interface DotArrayState {
  /** Whole warm dots, the young minors among them. */
  minors: number;
  /** Whole dark dots, at the group's corner. */
  young: number;
  /** A halfway count ("about 7 or 8"): one more dot, outlined in the dark shade. */
  youngHalf: boolean;
  /** The size of an earlier group, kept as an outline. */
  ghost?: number;
  /** Ring the young dots: used when a single dot must be seen at a glance. */
  ring: boolean;
}

export interface DotArrayGeometry {
  width: number;
  height: number;
  /** Every dot, drawn first: the state's classes draw over their cells. */
  neutral: string;
  minors: string;
  young: string;
  youngHalf: string;
  ghost: string;
  /** The half-ring around a lone young dot at the corner: centre and radius. */
  ring?: { cx: number; cy: number; r: number };
  /** The centre of the halfway dot ("about 7 or 8"), drawn half dark, half warm. */
  half?: { cx: number; cy: number };
}

type Cell = [col: number, row: number];

function groupCell(index: number): Cell {
  return [index % GROUP_WIDTH, Math.floor(index / GROUP_WIDTH)];
}

const centre = (n: number) => n * CELL + CELL / 2;

/**
 * One subpath per run of neighbouring dots in a row. With stroke-dasharray "0 CELL" a run of n
 * dots is a line of (n - 1) CELL, plus one unit so the last zero-length dash is inside the line.
 */
export function runsPath(cells: Cell[]): string {
  const sorted = [...cells].sort((a, b) => a[1] - b[1] || a[0] - b[0]);
  const runs: { col: number; row: number; length: number }[] = [];
  for (const [col, row] of sorted) {
    const last = runs.at(-1);
    if (last && last.row === row && last.col + last.length === col) last.length++;
    else runs.push({ col, row, length: 1 });
  }
  return runs.map((r) => `M${centre(r.col)} ${centre(r.row)}h${(r.length - 1) * CELL + 1}`).join('');
}

/** The outline around the first n cells of the group, half a gap outside the dots. */
export function groupOutline(n: number): string {
  if (n <= 0) return '';
  const full = Math.floor(n / GROUP_WIDTH);
  const rest = n % GROUP_WIDTH;
  const w = (full > 0 ? GROUP_WIDTH : rest) * CELL;
  if (full === 0) return `M0 0H${w}V${CELL}H0Z`;
  if (rest === 0) return `M0 0H${w}V${full * CELL}H0Z`;
  return `M0 0H${w}V${full * CELL}H${rest * CELL}V${(full + 1) * CELL}H0Z`;
}

function range(from: number, to: number): Cell[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, i) => groupCell(from + i));
}

export function dotArray(state: DotArrayState, grid: Grid = GRID): DotArrayGeometry {
  const total = grid.cols * grid.rows;
  const groupCapacity = GROUP_WIDTH * grid.rows;
  if (state.minors > groupCapacity || (state.ghost ?? 0) > groupCapacity) throw new RangeError('group larger than the array can hold');
  if (state.young + (state.youngHalf ? 1 : 0) > state.minors) throw new RangeError('more young minors than minors');
  if (total !== PER) throw new RangeError(`the grid holds ${total} dots, not ${PER}`);

  const all: Cell[] = [];
  for (let row = 0; row < grid.rows; row++) for (let col = 0; col < grid.cols; col++) all.push([col, row]);
  const youngEnd = state.young + (state.youngHalf ? 1 : 0);
  return {
    width: grid.cols * CELL,
    height: grid.rows * CELL,
    neutral: runsPath(all),
    young: runsPath(range(0, state.young)),
    youngHalf: state.youngHalf ? runsPath(range(state.young, youngEnd)) : '',
    minors: runsPath(range(youngEnd, state.minors)),
    ghost: state.ghost ? groupOutline(state.ghost) : '',
    ring: state.ring && state.young > 0 ? { cx: centre(0), cy: centre(0), r: RING_R } : undefined,
    half: state.youngHalf ? { cx: centre(groupCell(state.young)[0]), cy: centre(groupCell(state.young)[1]) } : undefined,
  };
}

export interface ArrayFigures {
  minors: Figure;
  young?: Figure;
  /** An earlier minors figure, kept as an outline. */
  ghost?: Figure;
}

function frequencyOf(figure: Figure): NaturalFrequency {
  if (typeof figure.value !== 'number' || figure.unit !== 'percent') throw new TypeError(`${figure.id} is not a measured share`);
  return naturalFrequency(figure.value, figure.decimals);
}

/** The array's state for a step, from the figures it shows: nothing here is typed. */
export function arrayState({ minors, young, ghost }: ArrayFigures): DotArrayState {
  const youngFrequency = young ? frequencyOf(young) : undefined;
  const youngDots = youngFrequency ? dotCount(youngFrequency) : 0;
  return {
    minors: dotCount(frequencyOf(minors)),
    young: youngDots,
    youngHalf: youngFrequency?.kind === 'between',
    ghost: ghost ? dotCount(frequencyOf(ghost)) : undefined,
    // A lone dark dot is ringed so it cannot be missed.
    ring: youngDots === 1 && youngFrequency?.kind !== 'between',
  };
}
