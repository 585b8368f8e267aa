import { describe, expect, it } from 'vitest';
import { findFigure, type Figure } from '../content';
import { figureParts, formatFigure } from './format-figure';

const figure = (id: string): Figure => {
  const f = findFigure(id);
  if (!f) throw new Error(id);
  return f;
};

describe('formatFigure', () => {
  it('shows shares with their decimals and unit', () => {
    expect(formatFigure(figure('minors-2012'), 'en')).toBe('8.16%');
    expect(formatFigure(figure('minors-2012'), 'km')).toBe('៨,១៦%');
    expect(formatFigure(figure('young-minors-2015'), 'en')).toBe('0.1%');
  });

  it('shows a range with both ends', () => {
    expect(formatFigure(figure('estimate-2000s'), 'en')).toBe('15%–30%');
    expect(formatFigure(figure('estimate-2000s'), 'km')).toMatch(/^១៥%.*៣០%$/);
  });

  it('computes and rounds the derived fall', () => {
    expect(formatFigure(figure('minors-change'), 'en')).toBe('73%');
    expect(formatFigure(figure('minors-change'), 'km')).toBe('៧៣%');
  });

  it('keeps "more than" on lower bounds in both locales', () => {
    expect(formatFigure(figure('officers-trained'), 'en')).toBe('more than 500');
    expect(formatFigure(figure('officers-trained'), 'km')).toContain('៥០០');
    expect(formatFigure(figure('officers-trained'), 'km')).not.toBe('៥០០');
  });
});

describe('figureParts', () => {
  it('splits the qualifier from the number, losing nothing', () => {
    for (const locale of ['en', 'km'] as const) {
      const f = figure('cases');
      const { before, value, after } = figureParts(f, locale);
      expect(before + value + after).toBe(formatFigure(f, locale));
      expect(before.trim() || after.trim()).not.toBe('');
    }
  });

  it('leaves exact figures whole', () => {
    expect(figureParts(figure('minors-2015'), 'en')).toEqual({ before: '', value: '2.2%', after: '' });
  });
});
