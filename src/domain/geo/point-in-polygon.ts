import type { Position } from './geometry';

/** Ray casting on one ring. Boundaries are small (23 polygons), so no index is needed. */
function insideRing([x, y]: Position, ring: Position[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Outer ring in, holes out. */
export function insidePolygon(point: Position, rings: Position[][]): boolean {
  const [outer, ...holes] = rings;
  if (!outer || !insideRing(point, outer)) return false;
  return !holes.some((hole) => insideRing(point, hole));
}
