/**
 * Rings that cross the antimeridian, cut into pieces that do not. Natural Earth writes Fiji and
 * the east of Russia as single rings whose longitudes jump from 180 to -180; a flat map joins
 * the two sides with an edge across the whole world (the stray line at about 17°S on the world
 * map was Fiji's). Antarctica's ring goes round the pole: it is closed through the pole instead.
 */
export type Ring = [number, number][];

/** Keeps the part of a closed ring where `inside` holds, cutting its edges at x = `at` (Sutherland–Hodgman). */
function clipX(ring: Ring, at: number, keepBelow: boolean): Ring {
  const inside = (p: [number, number]) => (keepBelow ? p[0] <= at : p[0] >= at);
  const open = ring.slice(0, -1);
  const out: Ring = [];
  for (let i = 0; i < open.length; i++) {
    const p = open[i]!;
    const q = open[(i + 1) % open.length]!;
    if (inside(p)) out.push(p);
    if (inside(p) !== inside(q)) {
      const t = (at - p[0]) / (q[0] - p[0]);
      out.push([at, p[1] + t * (q[1] - p[1])]);
    }
  }
  if (out.length) out.push(out[0]!);
  return out;
}

const area = (ring: Ring) => Math.abs(ring.slice(0, -1).reduce((a, [x0, y0], i) => a + x0 * ring[i + 1]![1] - ring[i + 1]![0] * y0, 0)) / 2;

/** How many edges of a ring jump across the antimeridian (from about 180 to about -180, or back). */
export const antimeridianJumps = (ring: Ring) => ring.slice(1).filter(([x], i) => Math.abs(x - ring[i]![0]) > 180).length;

/**
 * A ring as pieces none of which crosses the antimeridian: unchanged when it does not cross;
 * cut at ±180 into its two sides when it crosses and comes back; closed through the pole
 * (the side nearer its points) when it goes round the world once.
 */
export function splitAtAntimeridian(ring: Ring): Ring[] {
  const jumps = antimeridianJumps(ring);
  if (jumps === 0) return [ring];
  if (jumps % 2 === 1) {
    // Round the pole: at the jump, go down to the pole, along it and back up.
    const i = ring.findIndex(([x], k) => k > 0 && Math.abs(x - ring[k - 1]![0]) > 180);
    const [x0, y0] = ring[i - 1]!;
    const [x1, y1] = ring[i]!;
    const pole = y0 + y1 < 0 ? -90 : 90;
    return [[...ring.slice(0, i), [Math.sign(x0) * 180, y0], [Math.sign(x0) * 180, pole], [Math.sign(x1) * 180, pole], [Math.sign(x1) * 180, y1], ...ring.slice(i)]];
  }
  // Unwrap to continuous longitudes (the far side runs past ±180), then cut at the line.
  const unwrapped: Ring = [];
  let shift = 0;
  ring.forEach(([x, y], k) => {
    if (k > 0) {
      const prev = ring[k - 1]![0];
      if (x - prev > 180) shift -= 360;
      else if (prev - x > 180) shift += 360;
    }
    unwrapped.push([x + shift, y]);
  });
  const pieces: Ring[] = [];
  for (const edge of [180, -180]) {
    const beyond = clipX(unwrapped, edge, edge < 0);
    if (beyond.length < 4 || area(beyond) === 0) continue;
    pieces.push(beyond.map(([x, y]) => [x - Math.sign(edge) * 360, y]));
  }
  const near = clipX(clipX(unwrapped, 180, true), -180, false);
  if (near.length >= 4 && area(near) > 0) pieces.unshift(near);
  return pieces;
}
