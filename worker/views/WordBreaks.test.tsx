// The helper pages call for Khmer body text: markup only where there is Khmer script.
import { describe, expect, it } from 'vitest';
import { withWordBreaks } from './WordBreaks';

const render = (text: string) => (<p>{withWordBreaks(text)}</p>).toString();

describe('withWordBreaks', () => {
  it('returns text without Khmer script unchanged', () => {
    expect(withWordBreaks('Fewer children, 8.16% to 2.2%')).toBe('Fewer children, 8.16% to 2.2%');
  });

  it('wraps each Khmer word and marks a break between adjacent words, with no zero-width space', () => {
    const html = render('សម្រាប់និរទេសជនល្មើស និង IJM');
    expect(html).toBe(
      '<p><span class="word">សម្រាប់</span><wbr/><span class="word">និរទេស</span><wbr/><span class="word">ជនល្មើស</span> <span class="word">និង</span> IJM</p>',
    );
    expect(html).not.toContain('\u200b');
  });

  it('leaves numbers and punctuation outside the word markup', () => {
    expect(render('ក្នុងឆ្នាំ ២០១២។')).toBe('<p><span class="word">ក្នុង</span><wbr/><span class="word">ឆ្នាំ</span> ២០១២។</p>');
  });

  it('escapes what it renders', () => {
    expect(render('កុមារ <b> & ទីក្រុង')).toBe('<p><span class="word">កុមារ</span> &lt;b&gt; &amp; <span class="word">ទីក្រុង</span></p>');
  });
});
