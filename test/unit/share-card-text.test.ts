// The share cards' text, as the build renders it: Khmer typography, and each card's own credit.
import { describe, expect, it } from 'vitest';
import { cardSpecs } from '../../scripts/build/share-cards';
import { findFigure } from '../../worker/content';
import { text } from '../../worker/i18n/rich-text';

const specs = cardSpecs();

describe.each(specs.map((s) => [`${s.locale}/${s.id}`, s] as const))('share card %s', (_name, spec) => {
  it('has no ASCII colon after Khmer text and no ISO date in Khmer digits', () => {
    for (const line of [spec.kicker, spec.value, spec.label, spec.detail, spec.footer]) {
      expect(line).not.toMatch(/[\u1780-\u17ff]\s*:/u);
      expect(line).not.toMatch(/[០-៩]{4}-[០-៩]{2}-[០-៩]{2}/u);
    }
  });

  it("credits its figure's own source", () => {
    const figure = findFigure(spec.id);
    if (!figure) return expect(spec.id).toBe('story');
    expect(spec.footer).toBe(text(spec.locale, `source.${figure.source}.credit`));
  });
});
