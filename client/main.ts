// Wires the story's enhancements to the server-rendered page. The page reads fully without this.
import { createControls, prefersReducedMotion } from './controls';
import { enableCopyButtons } from './copy';
import { rememberLanguageChoice } from './language';
import { watchBuilds } from './build';
import { createPanel } from './panel';
import { watchSteps } from './scroll';
import { createShare } from './share';

/** Lets the browser paint and handle input between setup phases, so no task runs long. */
const yieldToBrowser = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

async function start(): Promise<void> {
  enableCopyButtons(document);
  const steps = [...document.querySelectorAll<HTMLElement>('[data-step]')];
  const panelElement = document.querySelector<HTMLElement>('.panel');
  if (steps.length === 0 || !panelElement) return markEnhanced();

  const panel = createPanel(panelElement);
  const goTo = (index: number) => {
    const step = steps[index];
    if (!step) return;
    step.scrollIntoView({ behavior: prefersReducedMotion() ? 'auto' : 'smooth', block: 'start' });
    // Focus follows the keyboard reader. Steps are not focusable in the markup, or the
    // browser would focus one whenever the address names it.
    step.tabIndex = -1;
    step.focus({ preventScroll: true });
  };
  const controls = createControls(document, steps, goTo);
  let active = -1;
  createShare(document, () => steps[active]);
  rememberLanguageChoice(document);
  await yieldToBrowser();
  openAtRequestedStep(steps);
  await yieldToBrowser();

  // Step changes arrive in intersection callbacks, often two at once (one step leaves as the
  // next enters). The page follows the latest of them, spread over two frames and a task so
  // that no single one runs long on a slow phone: the figure panel first, since the reader
  // is watching it, then the steps and controls, then the address.
  const rebuild = watchBuilds(panelElement, () => steps[active]);
  let frame = 0;
  watchSteps(steps, (index) => {
    active = index;
    rebuild();
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(() => {
      const step = steps[Math.max(index, 0)];
      if (step?.dataset.step) panel.show(step.dataset.step);
      frame = requestAnimationFrame(() => {
        markActiveStep(index);
        controls.update(index);
        setTimeout(() => followInAddress(index));
      });
    });
  });

  function markActiveStep(index: number): void {
    steps.forEach((step, i) => {
      if (i === index) step.setAttribute('aria-current', 'step');
      else step.removeAttribute('aria-current');
    });
  }

  /** The address follows the story, so a reload or a shared link reopens this step. */
  function followInAddress(index: number): void {
    if (index !== active) return;
    const hash = index < 0 ? '' : `#${steps[index]?.dataset.step}`;
    if (location.hash !== hash) history.replaceState(history.state, '', hash || location.pathname + location.search);
  }
  markEnhanced();
}

/** Says the page is interactive now: the bundle arrives after the first paint (client/boot.ts). */
function markEnhanced(): void {
  document.documentElement.dataset.enhanced = '';
}

/**
 * Opens the story at the step the address names (a shared or reloaded #step), else at the
 * step a per-figure page asks for. The address always follows the active step, so this also
 * restores the reader's place on reload.
 */
function openAtRequestedStep(steps: HTMLElement[]): void {
  history.scrollRestoration = 'manual';
  const fromPage = document.querySelector<HTMLElement>('[data-open-step]')?.dataset.openStep;
  // A fragment that cannot be decoded falls back like no fragment at all.
  const wanted = (location.hash && stepFromHash(location.hash)) || fromPage;
  steps.find((s) => s.dataset.step === wanted)?.scrollIntoView({ block: 'start' });
}

/**
 * The step a fragment names, or undefined. Messengers cut links mid-escape ("#%E0%A4%A"), which
 * decodeURIComponent rejects; such a fragment names no step, so the story opens at the top.
 */
function stepFromHash(hash: string): string | undefined {
  try {
    return decodeURIComponent(hash.replace(/^#/, ''));
  } catch {
    return undefined;
  }
}

// client/boot.ts imports this module only after the first paint, so it can start at once.
void start();
