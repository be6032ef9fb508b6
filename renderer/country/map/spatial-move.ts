/** A point on the map a keyboard move can go to. */
export interface MapPoint {
  id: string;
  x: number;
  y: number;
}

/** An arrow key's direction as a unit step in SVG coordinates (y grows downwards). */
export const ARROW_STEPS: Record<string, [number, number]> = {
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
};

/**
 * The point an arrow key moves to from `from`: of the points lying within 60° of the key's direction, the one
 * nearest once sideways distance counts double, so Down from Germany goes to Austria rather than to far-off Malta.
 */
export function moveOnMap(
  points: readonly MapPoint[],
  from: string,
  step: readonly [number, number],
): string | undefined {
  const origin = points.find((p) => p.id === from);
  if (!origin) return points[0]?.id;
  let best: { id: string; cost: number } | undefined;
  for (const p of points) {
    if (p.id === from) continue;
    const dx = p.x - origin.x;
    const dy = p.y - origin.y;
    const along = dx * step[0] + dy * step[1];
    const across = Math.abs(dx * step[1] - dy * step[0]);
    if (along <= 0 || across > along * Math.tan(Math.PI / 3)) continue;
    const cost = along + 2 * across;
    if (!best || cost < best.cost) best = { id: p.id, cost };
  }
  return best?.id;
}
