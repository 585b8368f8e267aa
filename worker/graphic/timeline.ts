// The timeline from IJM's start to the second study, from the data's years: no year is typed.
import { dataset, findFigure } from '../content';

export type TimelineEventId = 'ijm-begins' | 'police' | 'watch-list' | 'tier-request';

export interface TimelineEvent {
  id: TimelineEventId;
  /** Message key of the label. */
  label: string;
  year: number;
  /** The last year of a span ("from 2013"), else undefined. */
  until?: number;
  /** Position on the axis, 0–100. */
  x: number;
  x2?: number;
}

export interface Timeline {
  from: number;
  to: number;
  events: TimelineEvent[];
  ticks: { year: number; x: number }[];
}

function yearOf(id: string): number {
  const year = findFigure(id)?.year ?? dataset.timeline[id];
  if (typeof year !== 'number') throw new Error(`no year for "${id}"`);
  return year;
}

/** The US list Cambodia stayed on from 2013: its name carries the tier's number. */
export const WATCH_LIST_TIER = 2;

export function buildTimeline(): Timeline {
  const police = findFigure('officers-trained')?.period;
  if (!police) throw new Error('officers-trained has no period');
  const from = yearOf('ijm-begins');
  const to = Math.max(yearOf('minors-2015'), yearOf('tier-request'), police.to);
  const x = (year: number) => Math.round(((year - from) / (to - from)) * 1000) / 10;

  const raw: Omit<TimelineEvent, 'x' | 'x2'>[] = [
    { id: 'ijm-begins', label: 'graphic.timeline.ijm-begins', year: from },
    { id: 'police', label: 'graphic.timeline.police', year: police.from, until: police.to },
    { id: 'watch-list', label: 'graphic.timeline.watch-list', year: yearOf('watch-list-since'), until: to },
    { id: 'tier-request', label: 'graphic.timeline.tier-request', year: yearOf('tier-request') },
  ];
  const events = raw.map((e) => ({
    ...e,
    x: x(e.year),
    x2: e.until === undefined ? undefined : x(e.until),
  }));

  // A tick every three years from the first: far enough apart for a year's label at 360 px.
  const step = Math.max(1, Math.ceil((to - from) / 4));
  const ticks: Timeline['ticks'] = [];
  for (let year = from; year <= to; year += step) ticks.push({ year, x: x(year) });
  if (ticks.at(-1)?.year !== to) ticks.push({ year: to, x: 100 });
  return { from, to, events, ticks };
}
