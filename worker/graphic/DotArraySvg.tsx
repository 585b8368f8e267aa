import { CELL, DOT, dotArray, RING_WIDTH, type DotArrayGeometry } from './dot-array';

/** Every array draws the same 1,000 neutral dots: the page holds them once (GraphicDefs) and arrays <use> them. */
export const NEUTRAL_DOTS = dotArray({ minors: 0, young: 0, youngHalf: false, ring: false }).neutral;
export const NEUTRAL_ID = 'g-dots';

export const DOT_PAD = CELL * 0.75;
const PAD = DOT_PAD;

/**
 * The array as one inline <svg>: geometry in presentation attributes (it reads without the
 * stylesheet), colours from classes (the stylesheet dims and lights them).
 */
/** carry: the figure it draws, for the panel's client to follow it from frame to frame. */
export function DotArraySvg({ geometry, class: className, carry }: { geometry: DotArrayGeometry; class?: string; carry?: string }) {
  const { width, height } = geometry;
  return (
    <svg
      class={['dots', className].filter(Boolean).join(' ')}
      viewBox={`${-PAD} ${-PAD} ${width + 2 * PAD} ${height + 2 * PAD}`}
      focusable="false"
      aria-hidden="true"
      data-carry={carry}
    >
      <DotArrayPaths geometry={geometry} />
    </svg>
  );
}

/**
 * The array's marks, for an <svg> of its own or a group in a larger one: the neutral dots, the
 * coloured ones, or both.
 */
export function DotArrayPaths({
  geometry,
  neutral = true,
  coloured = true,
}: {
  geometry: DotArrayGeometry;
  neutral?: boolean;
  coloured?: boolean;
}) {
  // Coloured dots are drawn a little larger than the neutral ones they cover, hiding the fringe.
  const cover = (DOT + 0.6).toFixed(1);
  if (!coloured) geometry = { ...geometry, minors: '', young: '', youngHalf: '', ghost: '', ring: undefined, half: undefined };
  const ring = geometry.ring;
  return (
    <>
      <g fill="none" stroke-linecap="round" stroke-dasharray={`0 ${CELL}`} stroke-width={cover}>
        {neutral &&
          (geometry.neutral === NEUTRAL_DOTS ? (
            <use class="dots__neutral" href={`#${NEUTRAL_ID}`} stroke-width={String(DOT)} />
          ) : (
            <path class="dots__neutral" d={geometry.neutral} stroke-width={String(DOT)} />
          ))}
        {geometry.minors && <path class="dots__minors" d={geometry.minors} />}
        {geometry.young && <path class="dots__young" d={geometry.young} />}
        {geometry.youngHalf && <path class="dots__minors" d={geometry.youngHalf} />}
      </g>
      {geometry.half && <path class="dots__half" d={halfDot(geometry.half, Number(cover) / 2)} />}
      {geometry.ghost && <path class="dots__ghost" d={geometry.ghost} fill="none" stroke-dasharray="3 2" />}
      {ring && <path class="dots__ring" d={halfRing(ring)} fill="none" stroke-width={String(RING_WIDTH)} stroke-linecap="round" />}
    </>
  );
}

/** From the lower left, round the outside, to the upper right: two quarter arcs. */
export function halfRing({ cx, cy, r }: { cx: number; cy: number; r: number }): string {
  const at = (deg: number) => {
    const a = (deg * Math.PI) / 180;
    return `${(cx + r * Math.cos(a)).toFixed(2)} ${(cy + r * Math.sin(a)).toFixed(2)}`;
  };
  return `M${at(135)}A${r} ${r} 0 0 1 ${at(225)}A${r} ${r} 0 0 1 ${at(315)}`;
}

/** "About 7 or 8": the left half of the halfway dot, dark over its warm whole. */
export function halfDot({ cx, cy }: { cx: number; cy: number }, r: number): string {
  return `M${cx} ${cy - r}A${r} ${r} 0 0 0 ${cx} ${cy + r}Z`;
}
