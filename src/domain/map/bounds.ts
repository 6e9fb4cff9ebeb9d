import type { BoundaryFeature } from '../geo/boundaries';
import { positionsOf, type Geometry, type Position } from '../geo/geometry';
import { insidePolygon } from '../geo/point-in-polygon';
import { REGENCY_BOUNDS } from '../geo/regions';

/** [[south, west], [north, east]]: the shape Leaflet's fitBounds takes. */
export type LatLngBox = [[number, number], [number, number]];

export function boxOfPositions(positions: Iterable<Position>): LatLngBox | undefined {
  let minLng = Infinity,
    minLat = Infinity,
    maxLng = -Infinity,
    maxLat = -Infinity;
  for (const [lng, lat] of positions) {
    if (lng < minLng) minLng = lng;
    if (lng > maxLng) maxLng = lng;
    if (lat < minLat) minLat = lat;
    if (lat > maxLat) maxLat = lat;
  }
  return Number.isFinite(minLng)
    ? [
        [minLat, minLng],
        [maxLat, maxLng],
      ]
    : undefined;
}

export const boxOfGeometry = (geometry: Geometry): LatLngBox | undefined =>
  boxOfPositions(positionsOf(geometry));

export function polygonsOf(feature: BoundaryFeature): Position[][][] {
  return (
    feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates] : feature.geometry.coordinates
  ) as Position[][][];
}

/** The regency's extent from its kecamatan, or the fixed regency box when boundaries are missing. */
export function regencyBox(features: readonly BoundaryFeature[] | undefined): LatLngBox {
  const box = features && boxOfPositions(features.flatMap((f) => polygonsOf(f).flat(2)));
  return (
    box ?? [
      [REGENCY_BOUNDS.minLat, REGENCY_BOUNDS.minLng],
      [REGENCY_BOUNDS.maxLat, REGENCY_BOUNDS.maxLng],
    ]
  );
}

function ringArea(ring: Position[]): number {
  let area = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    area += ring[j]![0] * ring[i]![1] - ring[i]![0] * ring[j]![1];
  }
  return area / 2;
}

/** The area of a boundary's outer rings, in square degrees: enough to rank kecamatan by size. */
export function outlineArea(feature: BoundaryFeature): number {
  return polygonsOf(feature).reduce((sum, polygon) => sum + Math.abs(ringArea(polygon[0] ?? [])), 0);
}

/**
 * Where to write a kecamatan's name: the area centroid of its largest part, or, when a concave
 * outline puts that outside, the part's vertex mean nudged to the nearest inside vertex.
 */
export function labelPoint(feature: BoundaryFeature): Position {
  const parts = polygonsOf(feature);
  const largest = parts.reduce((best, part) =>
    Math.abs(ringArea(part[0] ?? [])) > Math.abs(ringArea(best[0] ?? [])) ? part : best,
  );
  const ring = largest[0] ?? [];
  const area = ringArea(ring);
  let cx = 0,
    cy = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const cross = ring[j]![0] * ring[i]![1] - ring[i]![0] * ring[j]![1];
    cx += (ring[j]![0] + ring[i]![0]) * cross;
    cy += (ring[j]![1] + ring[i]![1]) * cross;
  }
  const centroid: Position = area !== 0 ? [cx / (6 * area), cy / (6 * area)] : (ring[0] ?? [0, 0]);
  if (insidePolygon(centroid, largest)) return centroid;
  let best = ring[0] ?? centroid;
  let bestDistance = Infinity;
  for (const vertex of ring) {
    const d = (vertex[0] - centroid[0]) ** 2 + (vertex[1] - centroid[1]) ** 2;
    if (d < bestDistance) [best, bestDistance] = [vertex, d];
  }
  return best;
}
