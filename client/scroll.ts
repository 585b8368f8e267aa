// Scrollama setup. Announces which step is active; knows nothing of figures or controls.
import scrollama from 'scrollama';

/** Where on the viewport a step becomes active, as a share of its height from the top. */
export const TRIGGER_OFFSET = 0.7;

export type StepListener = (index: number) => void;

/**
 * The last step whose top has passed the trigger line, or -1 before the first.
 * Used after jumps and flings, when intersection events can arrive out of order.
 */
export function stepAtTrigger(steps: readonly HTMLElement[], viewportHeight = window.innerHeight): number {
  const line = viewportHeight * TRIGGER_OFFSET;
  let active = -1;
  steps.forEach((step, index) => {
    if (step.getBoundingClientRect().top <= line) active = index;
  });
  return active;
}

export function watchSteps(steps: readonly HTMLElement[], onStep: StepListener): void {
  let current = -2;
  const announce = (index: number) => {
    if (index === current) return;
    current = index;
    onStep(index);
  };
  const reconcile = () => announce(stepAtTrigger(steps));

  scrollama()
    .setup({ step: steps as HTMLElement[], offset: TRIGGER_OFFSET })
    .onStepEnter(({ index }) => announce(index))
    .onStepExit(({ index, direction }) => {
      if (direction === 'up' && index === 0) announce(-1);
    });

  // A fling or a jump can skip intersection events: settle on geometry once scrolling stops.
  const hasScrollEnd = 'onscrollend' in window;
  if (hasScrollEnd) {
    window.addEventListener('scrollend', reconcile, { passive: true });
  } else {
    let timer = 0;
    window.addEventListener(
      'scroll',
      () => {
        clearTimeout(timer);
        timer = window.setTimeout(reconcile, 120);
      },
      { passive: true },
    );
  }
  window.addEventListener('hashchange', reconcile);
  reconcile();
}
