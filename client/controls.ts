// Previous/next, the progress bar and status, and the language switch that keeps the step.

export interface Controls {
  update(index: number): void;
}

export function prefersReducedMotion(): boolean {
  return window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

export function createControls(root: Document, steps: readonly HTMLElement[], goTo: (index: number) => void): Controls {
  const previous = root.querySelector<HTMLButtonElement>('[data-go="previous"]');
  const next = root.querySelector<HTMLButtonElement>('[data-go="next"]');
  const status = root.querySelector<HTMLElement>('[data-status]');
  const bar = root.querySelector<HTMLElement>('[data-progress]');
  const nav = root.querySelector<HTMLElement>('[data-controls]');
  const switches = [...root.querySelectorAll<HTMLAnchorElement>('[data-lang-switch]')];
  let current = -1;

  previous?.addEventListener('click', () => {
    if (current > 0) goTo(current - 1);
  });
  next?.addEventListener('click', () => {
    if (current < steps.length - 1) goTo(current + 1);
  });

  return {
    update(index) {
      current = index;
      // Shown once the story's first step starts, so it never covers the introduction.
      nav?.classList.toggle('is-shown', index >= 0);
      const shown = Math.max(index, 0);
      previous?.setAttribute('aria-disabled', String(index <= 0));
      next?.setAttribute('aria-disabled', String(index >= steps.length - 1));
      // The server wrote each step's "Part N of M" in the page's language.
      const progress = steps[shown]?.dataset.progress;
      if (status && progress) status.textContent = progress;
      bar?.style.setProperty('transform', `scaleX(${index < 0 ? 0 : (index + 1) / steps.length})`);
      const hash = index < 0 ? '' : `#${steps[index]?.dataset.step ?? ''}`;
      for (const link of switches) link.hash = hash;
    },
  };
}
