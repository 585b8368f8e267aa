import { CELL, DOT, type DotArrayGeometry } from './dot-array';

const PAD = CELL * 0.75;

/**
 * The array as one inline <svg>: geometry in presentation attributes (it reads without the
 * stylesheet), colours from classes (the stylesheet dims and lights them).
 */
export function DotArraySvg({ geometry, class: className }: { geometry: DotArrayGeometry; class?: string }) {
  const { width, height } = geometry;
  // Coloured dots are drawn a little larger than the neutral ones they cover, hiding the fringe.
  const cover = (DOT + 0.6).toFixed(1);
  return (
    <svg
      class={['dots', className].filter(Boolean).join(' ')}
      viewBox={`${-PAD} ${-PAD} ${width + 2 * PAD} ${height + 2 * PAD}`}
      focusable="false"
      aria-hidden="true"
    >
      <g fill="none" stroke-linecap="round" stroke-dasharray={`0 ${CELL}`} stroke-width={cover}>
        <path class="dots__neutral" d={geometry.neutral} stroke-width={String(DOT)} />
        {geometry.minors && <path class="dots__minors" d={geometry.minors} />}
        {geometry.young && <path class="dots__young" d={geometry.young} />}
        {geometry.youngHalf && <path class="dots__young" d={geometry.youngHalf} />}
        {geometry.youngHalf && <path class="dots__minors" d={geometry.youngHalf} stroke-width={(DOT / 2).toFixed(1)} />}
      </g>
      {geometry.ghost && <path class="dots__ghost" d={geometry.ghost} fill="none" stroke-dasharray="3 2" />}
      {geometry.ring && (
        <circle class="dots__ring" cx={geometry.ring.cx} cy={geometry.ring.cy} r={geometry.ring.r} fill="none" stroke-width="1.5" />
      )}
    </svg>
  );
}
