/**
 * Small planar geometry helpers for placing sample works inside the real kecamatan/desa boundaries.
 * Bekasi spans ~0.5°, so treating lng/lat as a plane (with a cos(lat) correction for metres) is accurate
 * to well under a metre per kilometre — plenty for sample data.
 */
import type { Rng } from './prng';

export type Position = [number, number]; // [lng, lat], GeoJSON order
export type Ring = Position[];
export interface PolygonGeometry {
  type: 'Polygon';
  coordinates: Ring[];
}
export interface MultiPolygonGeometry {
  type: 'MultiPolygon';
  coordinates: Ring[][];
}
export type AreaGeometry = PolygonGeometry | MultiPolygonGeometry;
export interface BBox {
  minLng: number;
  minLat: number;
  maxLng: number;
  maxLat: number;
}

/** Ray casting (even–odd rule): count crossings of a ray going east from the point. O(vertices). */
export function pointInRingSimple(p: Position, ring: Ring): boolean {
  const [x, y] = p;
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as Position;
    const [xj, yj] = ring[j] as Position;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/**
 * The same ray casting, but only over the edges that span the point's latitude: edges are bucketed into
 * horizontal bands once per ring. Generating 10,000+ projects tests millions of points, and the kecamatan
 * rings have up to ~1,000 vertices, so this makes the big benchmark packages ~20x faster.
 */
interface RingIndex {
  minY: number;
  bandH: number;
  buckets: number[][]; // per band: x1, y1, x2, y2, x1, y1, …
}
const BANDS = 64;
const ringIndexes = new WeakMap<Ring, RingIndex>();

function indexRing(ring: Ring): RingIndex {
  let minY = Infinity;
  let maxY = -Infinity;
  for (const [, y] of ring) {
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
  }
  const bandH = (maxY - minY) / BANDS || 1;
  const buckets: number[][] = Array.from({ length: BANDS }, () => []);
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as Position;
    const [xj, yj] = ring[j] as Position;
    const lo = Math.max(0, Math.floor((Math.min(yi, yj) - minY) / bandH));
    const hi = Math.min(BANDS - 1, Math.floor((Math.max(yi, yj) - minY) / bandH));
    for (let b = lo; b <= hi; b++) (buckets[b] as number[]).push(xi, yi, xj, yj);
  }
  return { minY, bandH, buckets };
}

export function pointInRing(p: Position, ring: Ring): boolean {
  let idx = ringIndexes.get(ring);
  if (!idx) {
    idx = indexRing(ring);
    ringIndexes.set(ring, idx);
  }
  const [x, y] = p;
  const band = Math.floor((y - idx.minY) / idx.bandH);
  const edges = idx.buckets[band];
  if (!edges) return false; // outside the ring's latitude range
  let inside = false;
  for (let k = 0; k < edges.length; k += 4) {
    const xi = edges[k] as number;
    const yi = edges[k + 1] as number;
    const xj = edges[k + 2] as number;
    const yj = edges[k + 3] as number;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Inside the outer ring and outside every hole. */
export function pointInPolygonRings(p: Position, rings: Ring[]): boolean {
  const [outer, ...holes] = rings;
  if (!outer || !pointInRing(p, outer)) return false;
  return !holes.some((h) => pointInRing(p, h));
}

export function pointInArea(p: Position, g: AreaGeometry): boolean {
  if (g.type === 'Polygon') return pointInPolygonRings(p, g.coordinates);
  return g.coordinates.some((poly) => pointInPolygonRings(p, poly));
}

export function bboxOf(g: AreaGeometry): BBox {
  const b: BBox = { minLng: Infinity, minLat: Infinity, maxLng: -Infinity, maxLat: -Infinity };
  const rings = g.type === 'Polygon' ? g.coordinates : g.coordinates.flat();
  for (const ring of rings)
    for (const [lng, lat] of ring) {
      b.minLng = Math.min(b.minLng, lng);
      b.maxLng = Math.max(b.maxLng, lng);
      b.minLat = Math.min(b.minLat, lat);
      b.maxLat = Math.max(b.maxLat, lat);
    }
  return b;
}

const M_PER_DEG_LAT = 110_574;
const mPerDegLng = (lat: number): number => 111_320 * Math.cos((lat * Math.PI) / 180);

/** Metres between two positions (equirectangular; fine at this scale). */
export function distanceM(a: Position, b: Position): number {
  const dx = (b[0] - a[0]) * mPerDegLng((a[1] + b[1]) / 2);
  const dy = (b[1] - a[1]) * M_PER_DEG_LAT;
  return Math.hypot(dx, dy);
}

export function lineLengthM(line: Position[]): number {
  let sum = 0;
  for (let i = 1; i < line.length; i++) sum += distanceM(line[i - 1] as Position, line[i] as Position);
  return sum;
}

/** 6 decimals ≈ 0.1 m: enough precision, and keeps the JSON small. */
export const round6 = (v: number): number => Math.round(v * 1e6) / 1e6;
const roundPos = (p: Position): Position => [round6(p[0]), round6(p[1])];

/** A random point inside the area (rejection sampling in the bbox). With `near`, the closest of several. */
export function randomPointIn(rng: Rng, g: AreaGeometry, bbox: BBox, near?: Position): Position {
  let best: Position | null = null;
  let bestD = Infinity;
  const wanted = near ? 12 : 1;
  let found = 0;
  for (let tries = 0; tries < 5000 && found < wanted; tries++) {
    const p = roundPos([rng.float(bbox.minLng, bbox.maxLng), rng.float(bbox.minLat, bbox.maxLat)]);
    if (!pointInArea(p, g)) continue;
    found++;
    const d = near ? distanceM(p, near) : 0;
    if (d < bestD) {
      best = p;
      bestD = d;
    }
  }
  if (!best) throw new Error('could not place a point inside the polygon');
  return best;
}

/** True when the segment's end and interior sample points are inside (the start is already known inside). */
export function segmentInside(a: Position, b: Position, g: AreaGeometry): boolean {
  for (const t of [0.25, 0.5, 0.75, 1]) {
    if (!pointInArea([a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t], g)) return false;
  }
  return true;
}

/**
 * A wandering polyline of about `lengthM` metres starting at `start`, staying inside `g`. Roads turn
 * gently (`wiggleDeg` small), rivers meander more. Returns null if the area is too small from this start.
 */
export function randomLineFrom(
  rng: Rng,
  g: AreaGeometry,
  start: Position,
  lengthM: number,
  wiggleDeg: number,
): Position[] | null {
  const vertices = Math.max(3, Math.min(40, Math.round(lengthM / 90) + 2));
  const stepM = lengthM / (vertices - 1);
  const line: Position[] = [start];
  let heading = rng.float(0, 2 * Math.PI);
  for (let i = 1; i < vertices; i++) {
    const prev = line[i - 1] as Position;
    let placed: Position | null = null;
    for (let attempt = 0; attempt < 24 && !placed; attempt++) {
      // First try a small wiggle, then progressively swing round to find a way that stays inside.
      const swing = attempt === 0 ? rng.float(-1, 1) * wiggleDeg : (attempt % 2 ? 1 : -1) * attempt * 15;
      const h = heading + (swing * Math.PI) / 180;
      const cand = roundPos([
        prev[0] + (Math.cos(h) * stepM) / mPerDegLng(prev[1]),
        prev[1] + (Math.sin(h) * stepM) / M_PER_DEG_LAT,
      ]);
      if (segmentInside(prev, cand, g)) {
        placed = cand;
        heading = h;
      }
    }
    if (!placed) return null;
    line.push(placed);
  }
  return line;
}
