import { describe, expect, it } from 'vitest';
import { proseBlocks } from './rich-text';

describe('proseBlocks', () => {
  it('splits paragraphs at blank lines', () => {
    expect(proseBlocks('One.\n\nTwo.')).toEqual([
      { kind: 'paragraph', text: 'One.' },
      { kind: 'paragraph', text: 'Two.' },
    ]);
  });

  it('turns "- " lines into one list, with the intro line as its own paragraph', () => {
    expect(proseBlocks('What remains:\n- Training\n- Budgets {fig:cases}\n\nAfter.')).toEqual([
      { kind: 'paragraph', text: 'What remains:' },
      { kind: 'list', items: ['Training', 'Budgets {fig:cases}'] },
      { kind: 'paragraph', text: 'After.' },
    ]);
  });

  it('keeps a hyphen inside a line as text', () => {
    expect(proseBlocks('A well-known - and long - line')).toEqual([{ kind: 'paragraph', text: 'A well-known - and long - line' }]);
  });
});
