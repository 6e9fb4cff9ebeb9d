import type { Geometry, Position } from './geometry';

/** 1e-5 degrees is about 1.1 m at Bekasi's latitude: finer than any road drawn on a phone. */
const PRECISION = 1e5;
/** Vertices closer than this to the simplified line are dropped: about 4 m, under a pixel at zoom 15. */
const MAP_TOLERANCE_DEGREES = 0.00004;

const isPosition = (value: Position | Position[][]): value is Position => typeof value[0] === 'number';
const round = (value: number) => Math.round(value * PRECISION) / PRECISION;
const roundPosition = ([lng, lat]: Position): Position => [round(lng), round(lat)];

function distanceToSegmentSquared([x, y]: Position, [x1, y1]: Position, [x2, y2]: Position): number {
  const dx = x2 - x1;
  const dy = y2 - y1;
  const lengthSquared = dx * dx + dy * dy;
  const t =
    lengthSquared === 0 ? 0 : Math.max(0, Math.min(1, ((x - x1) * dx + (y - y1) * dy) / lengthSquared));
  const px = x1 + t * dx - x;
  const py = y1 + t * dy - y;
  return px * px + py * py;
}

/** Douglas–Peucker, iterative (a long river line must not overflow the stack). */
function simplifyLine(line: readonly Position[], tolerance: number): Position[] {
  if (line.length <= 2) return [...line];
  const keep = new Uint8Array(line.length);
  keep[0] = 1;
  keep[line.length - 1] = 1;
  const stack: [number, number][] = [[0, line.length - 1]];
  const limit = tolerance * tolerance;
  while (stack.length > 0) {
    const [first, last] = stack.pop()!;
    let farthest = -1;
    let farthestDistance = limit;
    for (let i = first + 1; i < last; i++) {
      const distance = distanceToSegmentSquared(line[i]!, line[first]!, line[last]!);
      if (distance > farthestDistance) [farthest, farthestDistance] = [i, distance];
    }
    if (farthest < 0) continue;
    keep[farthest] = 1;
    stack.push([first, farthest], [farthest, last]);
  }
  return line.filter((_, i) => keep[i] === 1);
}

/** Rounds, then drops vertices that rounding made repeat. */
function roundLine(line: readonly Position[]): Position[] {
  const out: Position[] = [];
  for (const position of line.map(roundPosition)) {
    const last = out[out.length - 1];
    if (!last || last[0] !== position[0] || last[1] !== position[1]) out.push(position);
  }
  return out;
}

const lineFor = (line: readonly Position[], tolerance: number) => {
  const simple = roundLine(simplifyLine(line, tolerance));
  // A line shorter than its rounding still needs two points to be drawn.
  return simple.length >= 2 ? simple : [roundPosition(line[0]!), roundPosition(line[line.length - 1]!)];
};

/** A ring with at least 4 vertices after rounding, or undefined when it is smaller than that. */
const ringFor = (ring: readonly Position[], tolerance: number): Position[] | undefined => {
  const simple = roundLine(simplifyLine(ring, tolerance));
  if (simple.length >= 4) return simple;
  const rounded = roundLine(ring);
  return rounded.length >= 4 ? rounded : undefined;
};

/**
 * A polygon's rings as the map draws them. An area under a metre across has no drawable outline at
 * this precision: it becomes a point, so the work stays on the map; a hole that small is left out.
 */
function polygonFor(rings: readonly Position[][], tolerance: number): Position[][] | Position {
  const [outer, ...holes] = rings;
  const drawn = outer && ringFor(outer, tolerance);
  if (!drawn) return roundPosition(outer![0]!);
  return [
    drawn,
    ...holes.flatMap((hole) => {
      const ring = ringFor(hole, tolerance);
      return ring ? [ring] : [];
    }),
  ];
}

/**
 * The geometry as the map draws it: a few metres of detail and 1e-5 degrees of precision. Road
 * lengths are measured on the published geometry before this (see measureRoadLength).
 */
export function simplifyForMap(geometry: Geometry, tolerance = MAP_TOLERANCE_DEGREES): Geometry {
  switch (geometry.type) {
    case 'Point':
      return { type: 'Point', coordinates: roundPosition(geometry.coordinates) };
    case 'LineString':
      return { type: 'LineString', coordinates: lineFor(geometry.coordinates, tolerance) };
    case 'MultiLineString':
      return { type: 'MultiLineString', coordinates: geometry.coordinates.map((l) => lineFor(l, tolerance)) };
    case 'Polygon': {
      const polygon = polygonFor(geometry.coordinates, tolerance);
      return isPosition(polygon)
        ? { type: 'Point', coordinates: polygon }
        : { type: 'Polygon', coordinates: polygon };
    }
    case 'MultiPolygon': {
      const polygons = geometry.coordinates.map((p) => polygonFor(p, tolerance));
      const drawn = polygons.filter((p): p is Position[][] => !isPosition(p));
      if (drawn.length > 0) return { type: 'MultiPolygon', coordinates: drawn };
      return { type: 'Point', coordinates: polygons[0] as Position };
    }
  }
}

/** Every vertex that bends the line kept, rounded to 1e-5 degrees (about a metre): the project page's geometry. */
export function roundGeometry(geometry: Geometry): Geometry {
  return simplifyForMap(geometry, 0);
}
