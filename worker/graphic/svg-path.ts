// Reads back the few path commands the graphics write (M, m, h, l, z), for tests and measurements.

export type Ring = [number, number][];

/** The subpaths of a path as absolute points. Throws on anything it does not know. */
export function pathRings(d: string): Ring[] {
  const tokens = d.match(/[a-zA-Z]|-?(?:\d+\.?\d*|\.\d+)/g) ?? [];
  if (tokens.join('').length !== d.replace(/[\s,]/g, '').length) throw new Error('unreadable path data');
  const rings: Ring[] = [];
  let ring: Ring = [];
  let command = '';
  let [x, y] = [0, 0];
  const next = (): number => {
    const token = tokens.shift();
    if (token === undefined || /[a-z]/i.test(token)) throw new Error(`command ${command} is missing a number`);
    return Number(token);
  };
  while (tokens.length) {
    if (/[a-z]/i.test(tokens[0]!)) command = tokens.shift()!;
    switch (command) {
      case 'M':
      case 'm': {
        if (ring.length) rings.push(ring);
        const [dx, dy] = [next(), next()];
        [x, y] = command === 'M' ? [dx, dy] : [x + dx, y + dy];
        ring = [[x, y]];
        command = command === 'M' ? 'L' : 'l';
        break;
      }
      case 'L':
        [x, y] = [next(), next()];
        ring.push([x, y]);
        break;
      case 'l':
        [x, y] = [x + next(), y + next()];
        ring.push([x, y]);
        break;
      case 'h':
        x += next();
        ring.push([x, y]);
        break;
      case 'H':
        x = next();
        ring.push([x, y]);
        break;
      case 'V':
        y = next();
        ring.push([x, y]);
        break;
      case 'z':
      case 'Z':
        if (ring.length) rings.push(ring);
        [x, y] = ring[0] ?? [x, y];
        ring = [];
        break;
      default:
        throw new Error(`unexpected path command "${command}"`);
    }
  }
  if (ring.length) rings.push(ring);
  return rings;
}

/** Even–odd point-in-polygon over every ring. */
export function insideRings(rings: Ring[], [px, py]: [number, number]): boolean {
  let inside = false;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i]!;
      const [xj, yj] = ring[j]!;
      if (yi > py !== yj > py && px < ((xj - xi) * (py - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}
