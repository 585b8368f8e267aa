// The figure panel: shows the parts that belong to a step. Motion lives in CSS, as a token
// that prefers-reduced-motion sets to zero, so this module only switches state (and carry.ts
// moves a drawing that two frames share).
import { createCarry } from './carry';

export function createPanel(panel: HTMLElement) {
  const parts = [...panel.querySelectorAll<HTMLElement>('[data-on]')];
  const scenes = parts.filter((p) => !p.parentElement?.closest('[data-on]'));
  const listOf = (el: HTMLElement) => (el.dataset.on ?? '').split(' ');
  const carry = createCarry(panel);
  let shown = false;

  return {
    show(stepId: string) {
      // The page may open at any step (a shared link, a reload): its scene appears at once,
      // rather than fading in over the first step's, pre-rendered by the server.
      const first = !shown;
      shown = true;
      if (first) panel.classList.add('is-instant');
      const seen = carry.measure();
      const was = scenes.filter((s) => s.classList.contains('is-on'));
      panel.dataset.state = stepId;
      for (const part of parts) part.classList.toggle('is-on', listOf(part).includes(stepId));
      if (first) requestAnimationFrame(() => requestAnimationFrame(() => panel.classList.remove('is-instant')));
      else
        carry.carry(
          seen,
          was.filter((s) => !s.classList.contains('is-on')),
        );
    },
  };
}
