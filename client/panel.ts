// The figure panel: shows the parts that belong to a step. Motion lives in CSS, as a token
// that prefers-reduced-motion sets to zero, so this module only switches state.

export function createPanel(panel: HTMLElement) {
  const parts = [...panel.querySelectorAll<HTMLElement>('[data-on]')];
  const listOf = (el: HTMLElement) => (el.dataset.on ?? '').split(' ');
  let shown = false;

  return {
    show(stepId: string) {
      // The page may open at any step (a shared link, a reload): its scene appears at once,
      // rather than fading in over the first step's, pre-rendered by the server.
      const first = !shown;
      shown = true;
      if (first) panel.classList.add('is-instant');
      panel.dataset.state = stepId;
      for (const part of parts) part.classList.toggle('is-on', listOf(part).includes(stepId));
      if (first) requestAnimationFrame(() => requestAnimationFrame(() => panel.classList.remove('is-instant')));
    },
  };
}
