// The fall: the 2012 array over the 2015 array, the same 1,000 dots with the groups at the same
// corner, so the eye compares the two groups' sizes on a shared edge.
import type { Figure } from '../content';
import { arrayState, dotArray, type DotArrayGeometry } from './dot-array';

export interface FallArray {
  figure: Figure;
  geometry: DotArrayGeometry;
}

export function fallArrays(from: Figure, to: Figure): [FallArray, FallArray] {
  if ((from.year ?? 0) >= (to.year ?? 0)) throw new RangeError(`${from.id} is not earlier than ${to.id}`);
  return [
    { figure: from, geometry: dotArray(arrayState({ minors: from })) },
    { figure: to, geometry: dotArray(arrayState({ minors: to })) },
  ];
}
