/**
 * Screen layout for what the map draws as HTML over its canvas: donuts pushed apart so that
 * none hides another, and labels put where they cover no donut and no other label. Pure
 * functions over screen pixels, so they are tested without a browser.
 */

export interface Circle {
  key: string;
  /** Centre and radius in screen pixels. */
  x: number;
  y: number;
  r: number;
}

/**
 * Offsets `[dx, dy]` per circle so that no two overlap (with `padding` pixels between them):
 * overlapping pairs are pushed apart along the line between their centres, the smaller one
 * further (a large donut is the larger count, and stays nearest its true place). Circles on
 * the same spot part along a fixed, deterministic direction.
 */
export function separateCircles(circles: readonly Circle[], padding = 2, iterations = 60): Map<string, [number, number]> {
  const pos = circles.map((c) => ({ x: c.x, y: c.y, r: c.r }));
  for (let it = 0; it < iterations; it++) {
    let moved = false;
    for (let i = 0; i < pos.length; i++) {
      for (let j = i + 1; j < pos.length; j++) {
        const a = pos[i]!;
        const b = pos[j]!;
        let dx = b.x - a.x;
        let dy = b.y - a.y;
        let d = Math.hypot(dx, dy);
        const need = a.r + b.r + padding;
        if (d >= need - 0.01) continue;
        if (d < 0.01) {
          // Same spot: part them along a direction that depends on the pair only.
          const angle = ((i * 7 + j * 13) % 12) * (Math.PI / 6);
          dx = Math.cos(angle);
          dy = Math.sin(angle);
          d = 1;
        }
        const push = need - d + 0.05;
        // The smaller circle takes the larger share of the move.
        const shareA = b.r / (a.r + b.r);
        a.x -= (dx / d) * push * shareA;
        a.y -= (dy / d) * push * shareA;
        b.x += (dx / d) * push * (1 - shareA);
        b.y += (dy / d) * push * (1 - shareA);
        moved = true;
      }
    }
    if (!moved) break;
  }
  return new Map(circles.map((c, i) => [c.key, [round(pos[i]!.x - c.x), round(pos[i]!.y - c.y)]]));
}

const round = (n: number) => Math.round(n * 10) / 10 || 0;

export interface Box {
  /** Top-left corner, width and height in screen pixels. */
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface LabelCandidate {
  key: string;
  /** The point labelled, in screen pixels. */
  x: number;
  y: number;
  /** The label's size in pixels (measured text). */
  width: number;
  height: number;
  /** Distance from the point to the label: the radius of its donut, or a few pixels. */
  gap: number;
  /** Higher first: more incidents, or a region before a place. */
  priority: number;
  /** How much further than `gap` the label may move, in steps of its height, when every nearer spot is taken. */
  reach?: number;
}

const intersects = (a: Box, b: Box) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

/**
 * Where each label goes (top-left corner), trying below its point, above, right, then left —
 * then the same a label's height further out, as far as its `reach` — in priority order, skipping a spot that covers an obstacle (a donut), a label already put,
 * or leaves the view. A label that fits nowhere is left out — a crowded map stays readable,
 * and zooming in makes room for it.
 */
export function placeLabels(candidates: readonly LabelCandidate[], obstacles: readonly Box[], view: { width: number; height: number }): Map<string, { x: number; y: number }> {
  const taken: Box[] = [...obstacles];
  const out = new Map<string, { x: number; y: number }>();
  const order = [...candidates].sort((a, b) => b.priority - a.priority || a.key.localeCompare(b.key));
  for (const c of order) {
    const spots: Box[] = [];
    for (let gap = c.gap; gap <= c.gap + (c.reach ?? 0); gap += c.height) {
      spots.push(
        { x: c.x - c.width / 2, y: c.y + gap, w: c.width, h: c.height },
        { x: c.x - c.width / 2, y: c.y - gap - c.height, w: c.width, h: c.height },
        { x: c.x + gap, y: c.y - c.height / 2, w: c.width, h: c.height },
        { x: c.x - gap - c.width, y: c.y - c.height / 2, w: c.width, h: c.height },
      );
    }
    const spot = spots.find((s) => s.x >= 0 && s.y >= 0 && s.x + s.w <= view.width && s.y + s.h <= view.height && !taken.some((t) => intersects(s, t)));
    if (!spot) continue;
    taken.push(spot);
    out.set(c.key, { x: spot.x, y: spot.y });
  }
  return out;
}

/**
 * Where a mark anchored by its bottom centre to a point (x, y) sits clear of every circle: the
 * offset [dx, dy] of the first spot, going up from `start` pixels above the point in steps of 4,
 * then to the right and the left, whose box (w × h, with `gap` around it) meets no circle. A mark
 * over a donut would hide the donut's button (and fail the 24 px target size it needs).
 */
export function clearOffset(x: number, y: number, w: number, h: number, circles: readonly { x: number; y: number; r: number }[], start = 20, gap = 2): [number, number] {
  const meets = (dx: number, dy: number) => {
    const left = x + dx - w / 2 - gap;
    const right = x + dx + w / 2 + gap;
    const top = y + dy - h - gap;
    const bottom = y + dy + gap;
    return circles.some((c) => Math.hypot(c.x - Math.min(Math.max(c.x, left), right), c.y - Math.min(Math.max(c.y, top), bottom)) < c.r);
  };
  const tries: [number, number][] = [];
  for (let dy = -start; dy >= -start - 120; dy -= 4) tries.push([0, dy]);
  for (let dx = 8; dx <= 120; dx += 8) tries.push([dx, -start], [-dx, -start]);
  return tries.find(([dx, dy]) => !meets(dx, dy)) ?? [0, -start];
}
