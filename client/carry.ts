// Carries a picture from one frame to the next. When the outgoing and the incoming frame both draw
// the same figure (data-carry names it), the incoming drawing starts where the reader last saw it
// and moves into its place, and the rest of its scene fades in around it: the fall grows out of
// the 2015 array, rather than fading in from nothing. Motion is the --motion token: reduced motion
// sets it to zero, and then nothing is carried.

type Carried = Map<string, DOMRect>;

/** What draws a figure: an <svg>, or a layer whose <svg> moves with it. */
const box = (el: Element): Element => (el instanceof SVGElement && el.ownerSVGElement) || el;

/**
 * Where an <svg> draws on screen: its viewBox fitted into its box, centred (the default
 * preserveAspectRatio). Two arrays in boxes of different shapes then line up dot for dot.
 */
export function drawnRect(el: Element): DOMRect {
  const r = el.getBoundingClientRect();
  const vb = el instanceof SVGSVGElement ? el.viewBox.baseVal : null;
  if (!vb?.width || !vb.height) return r;
  const scale = Math.min(r.width / vb.width, r.height / vb.height);
  const [w, h] = [vb.width * scale, vb.height * scale];
  return new DOMRect(r.x + (r.width - w) / 2, r.y + (r.height - h) / 2, w, h);
}

/** A CSS time ("650ms", ".65s") in milliseconds. */
const milliseconds = (time: string) => parseFloat(time) * (/[^m]s\s*$/.test(time) ? 1000 : 1);

/** The outermost part (a scene) that holds an element, within the panel. */
function sceneOf(panel: HTMLElement, el: Element): HTMLElement | null {
  let scene: HTMLElement | null = null;
  for (let p = el.parentElement; p && p !== panel; p = p.parentElement) if (p.matches('.part')) scene = p;
  return scene;
}

const shownNow = (panel: HTMLElement) =>
  [...panel.querySelectorAll<HTMLElement | SVGElement>('[data-carry]')].filter((el) => {
    for (let p: Element | null = el; p && p !== panel; p = p.parentElement) if (p.matches('.part:not(.is-on)')) return false;
    return true;
  });

export function createCarry(panel: HTMLElement) {
  let running: Animation[] = [];
  let marked: Element[] = [];

  const settle = () => {
    for (const a of running) a.finish();
    for (const el of marked) el.classList.remove('is-carried', 'is-left');
    running = [];
    marked = [];
  };

  return {
    /** Where each figure the panel shows now is drawn: call before the panel changes. */
    measure(): Carried {
      settle();
      const seen: Carried = new Map();
      for (const el of shownNow(panel)) seen.set(el.dataset.carry!, drawnRect(box(el)));
      return seen;
    },

    /** After the panel changed: moves each figure shown before and now from where it was. */
    carry(seen: Carried, outgoing: HTMLElement[]): void {
      const style = getComputedStyle(panel);
      const duration = milliseconds(style.getPropertyValue('--motion'));
      if (!duration || !seen.size) return;
      const easing = style.getPropertyValue('--ease').trim() || 'ease';
      for (const el of shownNow(panel)) {
        const from = seen.get(el.dataset.carry!);
        const moving = box(el);
        const scene = sceneOf(panel, moving);
        // The same drawing in both frames (one scene's layers) already stays in place.
        if (!from || !scene || outgoing.includes(scene)) continue;
        const [outer, to] = [moving.getBoundingClientRect(), drawnRect(moving)];
        if (!to.width) continue;
        const scale = from.width / to.width;
        // Scaled from its box's corner, the drawing's corner lands on the one the reader saw.
        const dx = from.left - outer.left - scale * (to.left - outer.left);
        const dy = from.top - outer.top - scale * (to.top - outer.top);
        running.push(
          moving.animate(
            [
              { transformOrigin: '0 0', transform: `translate(${dx}px, ${dy}px) scale(${scale})` },
              { transformOrigin: '0 0', transform: 'none' },
            ],
            { duration, easing },
          ),
        );
        // The scene is there at once, holding the moving drawing; what surrounds it fades in.
        scene.classList.add('is-carried');
        if (el !== moving && el.matches('.part')) {
          el.classList.add('is-carried');
          marked.push(el);
        }
        for (let child: Element = moving; child !== scene; child = child.parentElement!) {
          for (const sibling of child.parentElement!.children) {
            if (sibling === child) continue;
            running.push(sibling.animate([{ opacity: 0 }, { opacity: 0, offset: 0.5 }, { opacity: 1 }], { duration, easing }));
          }
        }
        marked.push(scene);
      }
      if (!marked.length) return;
      // The scenes left behind go at once: the drawing the reader follows is now the moving one.
      for (const scene of outgoing) scene.classList.add('is-left');
      marked.push(...outgoing);
      const these = running;
      void Promise.all(these.map((a) => a.finished.catch(() => undefined))).then(() => running === these && settle());
    },
  };
}
