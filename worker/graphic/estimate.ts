// The early-2000s estimate in a frame of its own: a soft band on a 0–100% scale that no
// measurement shares. The band's edges fade, because the estimates were vague.
import type { Figure } from '../content';

export interface EstimateGeometry {
  low: number;
  high: number;
  /** Ticks of the frame's own 0–100% scale. */
  ticks: number[];
}

export function estimateGeometry(figure: Figure): EstimateGeometry {
  if (typeof figure.value !== 'object' || figure.unit !== 'percent') throw new TypeError(`${figure.id} is not a range of shares`);
  const { low, high } = figure.value;
  if (!(low >= 0 && low < high && high <= 100)) throw new RangeError(`${figure.id}: bad range`);
  return { low, high, ticks: [0, 25, 50, 75, 100] };
}
