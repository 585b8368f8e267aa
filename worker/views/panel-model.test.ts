import { describe, expect, it } from 'vitest';
import { steps } from '../content';
import { buildPanelModel, frameSources, measuredFrame } from './panel-model';

describe('the panel model', () => {
  const model = buildPanelModel();
  const frameOf = (id: string) => model.find((m) => m.step === id)?.frame;

  it("gives every step a frame, in the story's order", () => {
    expect(model.map((m) => m.step)).toEqual(steps.map((s) => s.id));
  });

  it("derives each frame from the step's figures", () => {
    expect(frameOf('before')).toMatchObject({ kind: 'estimate', figure: 'estimate-2000s' });
    expect(frameOf('baseline')).toEqual({
      kind: 'array',
      map: true,
      minors: 'minors-2012',
      young: undefined,
      ghost: undefined,
      note: undefined,
    });
    expect(frameOf('youngest-2012')).toMatchObject({ kind: 'array', map: false, minors: 'minors-2012', young: 'young-minors-2012' });
    expect(frameOf('study-2015')).toMatchObject({ kind: 'array', minors: 'minors-2015', ghost: 'minors-2012', young: undefined });
    expect(frameOf('youngest-2015')).toMatchObject({
      kind: 'array',
      minors: 'minors-2015',
      young: 'young-minors-2015',
      note: 'graphic.young-2015.note',
    });
    expect(frameOf('fall')).toEqual({ kind: 'fall', figure: 'minors-change' });
    expect(frameOf('justice')?.kind).toBe('justice');
    expect(frameOf('what-changed')).toEqual({ kind: 'changed', timeline: ['watch-list', 'tier-request'] });
    expect(frameOf('limits')).toEqual({ kind: 'limits' });
    expect(frameOf('ahead')).toEqual({ kind: 'needs' });
  });

  it('closes on the fall again', () => {
    expect(frameOf(steps.at(-1)!.id)).toEqual({ kind: 'fall', figure: 'minors-change', caveat: 'graphic.map.counted' });
  });

  it("names the sources of what each frame draws: its figures' and its statements'", () => {
    const sourcesOf = (id: string) => frameSources(model.find((m) => m.step === id)!);
    for (const entry of model) expect(frameSources(entry).length, entry.step).toBeGreaterThan(0);
    expect(sourcesOf('before')).toEqual(['ijm-press-release-2015', 'natural-earth']);
    expect(sourcesOf('study-2015')).toEqual(['ijm-press-release-2015']);
    expect(sourcesOf('what-changed')).toEqual(['ijm-press-release-2015', 'us-tip-reports']);
    expect(sourcesOf('limits')).toEqual(['ijm-press-release-2015', 'critics-2015', 'natural-earth']);
  });

  it('marks the frames drawn from the measurements, and only those', () => {
    const measured = model.filter((m) => measuredFrame(m.frame)).map((m) => m.step);
    expect(measured).toEqual(['baseline', 'youngest-2012', 'study-2015', 'youngest-2015', 'fall', steps.at(-1)!.id]);
  });
});
