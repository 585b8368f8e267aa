// The figure panel: shows the parts that belong to a step. Motion lives in CSS, as a token
// that prefers-reduced-motion sets to zero, so this module only switches state.

export function createPanel(panel: HTMLElement) {
  const parts = [...panel.querySelectorAll<HTMLElement>('[data-on]')];
  const listOf = (el: HTMLElement, name: 'on' | 'focus') => (el.dataset[name] ?? '').split(' ');

  return {
    show(stepId: string) {
      panel.dataset.state = stepId;
      for (const part of parts) {
        part.classList.toggle('is-on', listOf(part, 'on').includes(stepId));
        part.classList.toggle('is-focus', listOf(part, 'focus').includes(stepId));
      }
    },
  };
}
