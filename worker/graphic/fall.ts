// The fall: the 2012 and 2015 arrays side by side, an arrow from the first group to the second.
import type { Figure } from '../content';
import { arrayState, CELL, dotArray, GROUP_WIDTH, type DotArrayGeometry } from './dot-array';

/** Space between the two arrays, in SVG units. */
export const FALL_GAP = 4 * CELL;
/** Room above the arrays for the arrow. */
export const ARROW_ROOM = 5 * CELL;

export interface FallGeometry {
  width: number;
  height: number;
  arrays: { year: number; x: number; geometry: DotArrayGeometry }[];
  /** From the top of the first group to the top of the second, arching over the gap. */
  arrow: string;
  arrowHead: string;
}

export function fallGeometry(from: Figure, to: Figure): FallGeometry {
  const first = dotArray(arrayState({ minors: from }));
  const second = dotArray(arrayState({ minors: to }));
  const secondX = first.width + FALL_GAP;
  const groupMiddle = (GROUP_WIDTH * CELL) / 2;
  const [x1, x2, y] = [groupMiddle, secondX + groupMiddle, -CELL * 0.75];
  const top = -ARROW_ROOM + CELL;
  const arrow = `M${x1} ${y}C${x1} ${top} ${x2} ${top} ${x2} ${y - CELL}`;
  const h = CELL * 0.9;
  const arrowHead = `M${x2 - h} ${y - CELL - h}L${x2} ${y - CELL}L${x2 + h} ${y - CELL - h}`;
  return {
    width: secondX + second.width,
    height: first.height,
    arrays: [
      { year: from.year ?? 0, x: 0, geometry: first },
      { year: to.year ?? 0, x: secondX, geometry: second },
    ],
    arrow,
    arrowHead,
  };
}
