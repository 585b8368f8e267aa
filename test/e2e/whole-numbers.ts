// What a rendered line must never split, in any language: a range of numbers, a number with its
// unit, a date. Built from the locale's own unit messages and month names.
import { localeInfo, type Locale } from '../../worker/i18n/locales';
import { message } from '../../worker/i18n/messages';

const DIGIT = '[0-9\\u17e0-\\u17e9]';
const NUMBER = `${DIGIT}+(?:[.,]${DIGIT}+)*%?`;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function patterns(locale: Locale): RegExp {
  const units = ['unit.people', 'unit.cases', 'unit.percent']
    .map((key) => message(locale, key))
    .filter((template) => template.trim() !== '{value}')
    .map((template) =>
      escape(template)
        .replace('\\{value\\}', NUMBER)
        .replace(/[ \u00a0]/g, '\\s'),
    );
  const months = localeInfo(locale).months.map(escape).join('|');
  return new RegExp([`${NUMBER}–${NUMBER}`, ...units, `${DIGIT}{1,2}\\s(?:${months})\\s${DIGIT}{4}`].join('|'), 'g');
}

/** Spans [start, end) of a text that a line break must not fall inside. */
export function wholeSpans(text: string, locale: Locale): [number, number][] {
  return [...text.matchAll(patterns(locale))].map((m) => [m.index, m.index + m[0].length]);
}
