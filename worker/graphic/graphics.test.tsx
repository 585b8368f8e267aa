import { describe, expect, it } from 'vitest';
import { findFigure } from '../content';
import { formatFigure } from '../i18n/format-figure';
import { formatNumber, formatYear } from '../i18n/format-number';
import { LOCALE_INFO, LOCALES, localeInfo } from '../i18n/locales';
import { formatNaturalFrequency, naturalFrequency } from '../i18n/natural-frequency';
import { CHANGED, NEEDS } from './checklist';
import { estimateGeometry } from './estimate';
import { fallArrays } from './fall';
import * as G from './Graphics';
import { locatorMap } from './map';
import { pathRings } from './svg-path';
import { buildTimeline } from './timeline';

const visibleText = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, ' ')
    .trim();

describe('the timeline', () => {
  const timeline = buildTimeline();

  it("runs from IJM's start to the second study, with the years from the data", () => {
    expect([timeline.from, timeline.to]).toEqual([2003, 2015]);
    const years = Object.fromEntries(timeline.events.map((e) => [e.id, [e.year, e.until]]));
    expect(years).toEqual({
      'ijm-begins': [2003, undefined],
      police: [2003, 2015],
      'watch-list': [2013, 2015],
      'tier-request': [2015, undefined],
    });
  });

  it('places events in proportion to time', () => {
    for (const e of timeline.events) expect(e.x).toBeCloseTo(((e.year - 2003) / 12) * 100, 1);
    expect(timeline.ticks.map((t) => t.year)).toEqual([2003, 2006, 2009, 2012, 2015]);
  });
});

describe('the fall', () => {
  it('draws the earlier array over the later one, the same 1,000 dots with the group at the same corner', () => {
    const [from, to] = fallArrays(findFigure('minors-2012')!, findFigure('minors-2015')!);
    expect([from.figure.year, to.figure.year]).toEqual([2012, 2015]);
    expect(to.geometry.neutral).toBe(from.geometry.neutral);
    expect(from.geometry.minors.startsWith('M4 4h')).toBe(true);
    expect(to.geometry.minors.startsWith('M4 4h')).toBe(true);
    expect(() => fallArrays(findFigure('minors-2015')!, findFigure('minors-2012')!)).toThrow(RangeError);
  });
});

describe('the estimate', () => {
  it('is a band on a 0–100% scale of its own', () => {
    expect(estimateGeometry(findFigure('estimate-2000s')!)).toEqual({ low: 15, high: 30, ticks: [0, 25, 50, 75, 100] });
    expect(() => estimateGeometry(findFigure('minors-2012')!)).toThrow(TypeError);
  });
});

describe('the map', () => {
  it('has the three cities and a closed outline', () => {
    const map = locatorMap();
    expect(map.cities.map((c) => c.id).sort()).toEqual(['phnom-penh', 'siem-reap', 'sihanoukville']);
    expect(pathRings(map.path).length).toBeGreaterThan(0);
  });
});

describe.each(LOCALES)('the frames in %s', (locale) => {
  const frames = {
    'map-outline': <G.MapFigure locale={locale} state="outline" id="t1" />,
    'map-cities': <G.MapFigure locale={locale} state="cities" id="t2" />,
    'map-limits': <G.MapFigure locale={locale} state="limits" id="t3" />,
    estimate: <G.EstimateFigure locale={locale} />,
    'array-2012': <G.DotArrayFigure locale={locale} frame={{ minors: 'minors-2012', young: 'young-minors-2012' }} />,
    'array-2015': <G.DotArrayFigure locale={locale} frame={{ minors: 'minors-2015', young: 'young-minors-2015', ghost: 'minors-2012' }} />,
    fall: <G.FallFigure locale={locale} />,
    timeline: <G.TimelineFigure locale={locale} events={['ijm-begins', 'police', 'watch-list', 'tier-request']} />,
    counters: <G.CountersFigure locale={locale} />,
    changed: <G.ListFigure locale={locale} title="graphic.changed.title" items={CHANGED} kind="changed" />,
    needs: <G.ListFigure locale={locale} title="graphic.needs.title" items={NEEDS} kind="needs" />,
  };

  it.each(Object.entries(frames))("%s shows numbers only in the locale's digits, and no unresolved placeholder", (_name, frame) => {
    const text = visibleText(String(frame));
    expect(text).not.toMatch(/[{}]/);
    const foreign = [...new Set(LOCALE_INFO.flatMap((l) => [...l.digits]))].filter((d) => !localeInfo(locale).digits.includes(d));
    for (const digit of foreign) expect(text).not.toContain(digit);
  });

  it("labels each array with its natural frequency beside the source's percentage", () => {
    const text = visibleText(String(frames['array-2012']));
    for (const id of ['minors-2012', 'young-minors-2012']) {
      const figure = findFigure(id)!;
      expect(text).toContain(
        formatNaturalFrequency(naturalFrequency(figure.value as number, figure.decimals), locale).replace(/\u00a0/g, ' '),
      );
      expect(text).toContain(`(${formatFigure(figure, locale)})`);
    }
  });

  it('keeps the ghost of the 2012 group beside the 2015 array', () => {
    const text = visibleText(String(frames['array-2015']));
    expect(text).toContain(formatYear(findFigure('minors-2012')!.year!, locale));
    expect(text).toContain(formatNumber(82, locale));
    expect(String(frames['array-2015'])).toContain('class="dots__ghost"');
    expect(String(frames['array-2015'])).toContain('class="dots__ring"');
  });

  it('gives the counters their period once: the police bar over the whole labelled axis, named on it', () => {
    const justice = String(
      <>
        <G.TimelineFigure locale={locale} events={['police']} />
        <G.CountersFigure locale={locale} />
      </>,
    );
    const { from, to } = findFigure('officers-trained')!.period!;
    const police = buildTimeline().events.find((e) => e.id === 'police')!;
    expect([police.year, police.until, police.x, police.x2]).toEqual([from, to, 0, 100]);
    const year = (y: number) => formatYear(y, locale);
    const text = visibleText(justice);
    // The axis's first and last ticks are the period's years; no label says it again.
    expect(text.split(year(from))).toHaveLength(2);
    expect(text.split(year(to))).toHaveLength(2);
    expect(justice).toMatch(/<p class="g-timeline__inline" data-event="police">[^<]+<\/p>/);
    expect(justice).not.toContain('g-timeline__key');
  });

  it('keeps a key for marks that do not span the axis', () => {
    expect(String(frames.timeline).match(/class="g-event /g)).toHaveLength(3);
  });

  it('lists five changes and six needs', () => {
    expect(String(frames.changed).match(/class="g-list__item"/g)).toHaveLength(5);
    expect(String(frames.needs).match(/class="g-list__item"/g)).toHaveLength(6);
  });

  it("uses no inline style (the CSP allows none) and gives each map's hatch its own id", () => {
    for (const frame of Object.values(frames)) expect(String(frame)).not.toMatch(/\sstyle=/);
    expect(String(frames['map-limits'])).toContain('id="t3-hatch"');
    expect(String(frames['map-limits'])).toContain('url(#t3-hatch)');
  });
});
