import { CELL, DOT, dotArray, type DotArrayGeometry } from './dot-array';

/** Every array draws the same 1,000 neutral dots: the page holds them once (GraphicDefs) and arrays <use> them. */
export const NEUTRAL_DOTS = dotArray({ minors: 0, young: 0, youngHalf: false, ring: false }).neutral;
export const NEUTRAL_ID = 'g-dots';

export const DOT_PAD = CELL * 0.75;
const PAD = DOT_PAD;

/**
 * The array as one inline <svg>: geometry in presentation attributes (it reads without the
 * stylesheet), colours from classes (the stylesheet dims and lights them).
 */
export function DotArraySvg({ geometry, class: className }: { geometry: DotArrayGeometry; class?: string }) {
  const { width, height } = geometry;
  return (
    <svg
      class={['dots', className].filter(Boolean).join(' ')}
      viewBox={`${-PAD} ${-PAD} ${width + 2 * PAD} ${height + 2 * PAD}`}
      focusable="false"
      aria-hidden="true"
    >
      <DotArrayPaths geometry={geometry} top={-PAD} />
    </svg>
  );
}

/**
 * The array's marks, for an <svg> of its own or a group in a larger one: the neutral dots, the
 * coloured ones, or both. `top` is where a ringed dot's leader line ends.
 */
export function DotArrayPaths({
  geometry,
  top,
  neutral = true,
  coloured = true,
}: {
  geometry: DotArrayGeometry;
  top: number;
  neutral?: boolean;
  coloured?: boolean;
}) {
  // Coloured dots are drawn a little larger than the neutral ones they cover, hiding the fringe.
  const cover = (DOT + 0.6).toFixed(1);
  if (!coloured) geometry = { ...geometry, minors: '', young: '', youngHalf: '', ghost: '', ring: undefined };
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
        {geometry.youngHalf && <path class="dots__young" d={geometry.youngHalf} />}
        {geometry.youngHalf && <path class="dots__minors" d={geometry.youngHalf} stroke-width={(DOT / 2).toFixed(1)} />}
      </g>
      {geometry.ghost && <path class="dots__ghost" d={geometry.ghost} fill="none" stroke-dasharray="3 2" />}
      {ring && (
        <path
          class="dots__ring"
          d={`M${ring.cx} ${ring.cy - ring.r}V${top}M${ring.cx - ring.r} ${ring.cy}a${ring.r} ${ring.r} 0 1 0 ${2 * ring.r} 0a${ring.r} ${ring.r} 0 1 0 ${-2 * ring.r} 0`}
          fill="none"
          stroke-width="1.5"
        />
      )}
    </>
  );
}
