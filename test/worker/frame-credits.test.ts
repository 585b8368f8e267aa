// Every step names where its frame comes from, the measured ones say what was not published, and
// the story ends with an end mark and a way back to the top.
import { describe, expect, it } from 'vitest';
import { steps } from '../../worker/content';
import { LOCALES } from '../../worker/i18n/locales';
import { message } from '../../worker/i18n/messages';
import { buildPanelModel, frameSources, measuredFrame } from '../../worker/views/panel-model';
import { fetchWorker } from './fetch';

const plain = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/[\u200b\u2060]/g, '')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

describe.each(LOCALES)('/%s/', (locale) => {
  const model = buildPanelModel();

  it('puts a source line under every frame, naming the sources of what it draws', async () => {
    const html = await (await fetchWorker(`/${locale}/`)).text();
    for (const { id } of steps) {
      // From the step's own <li> to the next step's (its body may hold a list of its own).
      const item = new RegExp(`<li class="step"[^>]* id="${id}"[\\s\\S]*?(?=<li class="step"|</ol>\\s*</div>)`).exec(html)?.[0] ?? '';
      const source = plain(/<p class="step__source">([\s\S]*?)<\/p>/.exec(item)?.[1] ?? '');
      const entry = model.find((m) => m.step === id)!;
      expect(source, id).not.toBe('');
      for (const s of frameSources(entry)) expect(source, `${id}: ${s}`).toContain(message(locale, `source.${s}.name`));
      expect(source.includes(message(locale, 'ui.source.unpublished')), id).toBe(measuredFrame(entry.frame));
    }
  });

  it('ends with an end mark and a link back to the top', async () => {
    const html = await (await fetchWorker(`/${locale}/`)).text();
    const end = /<footer class="story-end">([\s\S]*?)<\/footer>/.exec(html)?.[1] ?? '';
    expect(plain(end)).toContain(message(locale, 'ui.end'));
    expect(end).toContain('href="#top"');
    expect(html).toMatch(/<header class="intro" id="top">/);
    expect(html.indexOf('class="story-end"')).toBeGreaterThan(html.indexOf(`id="${steps.at(-1)!.id}"`));
  });
});
