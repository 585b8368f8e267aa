// A frame that builds: its items appear one at a time as the step's card rises from the line
// where the step starts (scroll.ts) to where a jump leaves a step (restingTop). A reader who
// jumps to the step, by the controls or a link, lands there and sees every item.
import { TRIGGER_OFFSET } from './scroll';

/** How many of a build's items show when the card's top is at `top` (1 to `count`). */
export function beatAt(top: number, start: number, rest: number, count: number): number {
  const progress = start > rest ? (start - top) / (start - rest) : 1;
  return Math.min(count, Math.max(1, Math.ceil(progress * count - 1e-6)));
}

/** Where a jump leaves a step's top: its scroll margin plus the page's scroll padding. */
export function restingTop(step: HTMLElement): number {
  const margin = parseFloat(getComputedStyle(step).scrollMarginTop) || 0;
  return margin + (parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop) || 0);
}

export function watchBuilds(panel: HTMLElement, activeStep: () => HTMLElement | undefined): () => void {
  let frame = 0;
  let built: HTMLElement | undefined;
  const update = () => {
    frame = 0;
    const step = activeStep();
    const id = step?.dataset.step;
    const list = id ? panel.querySelector<HTMLElement>(`[data-on~="${CSS.escape(id)}"] [data-build]`) : null;
    if (built && built !== list) delete built.dataset.beat;
    built = list ?? undefined;
    if (!step || !list) return;
    const start = window.innerHeight * TRIGGER_OFFSET;
    const rest = restingTop(step);
    list.dataset.beat = String(beatAt(step.getBoundingClientRect().top, start, rest, list.children.length));
  };
  const schedule = () => {
    if (!frame) frame = requestAnimationFrame(update);
  };
  window.addEventListener('scroll', schedule, { passive: true });
  window.addEventListener('resize', schedule, { passive: true });
  return schedule;
}
