import type { Position } from './geometry';
import { insidePolygon } from './point-in-polygon';

export interface BoundaryFeature {
  type: 'Feature';
  properties: { kode: string; nama: string; [key: string]: unknown };
  geometry:
    { type: 'Polygon'; coordinates: Position[][] } | { type: 'MultiPolygon'; coordinates: Position[][][] };
}

export interface BoundaryCollection {
  type: 'FeatureCollection';
  features: BoundaryFeature[];
  [key: string]: unknown;
}

const isPosition = (value: unknown): boolean =>
  Array.isArray(value) && value.length >= 2 && value.every((n) => typeof n === 'number');
const isRing = (value: unknown): boolean => Array.isArray(value) && value.every(isPosition);
const isRings = (value: unknown): boolean => Array.isArray(value) && value.every(isRing);

function isFeature(value: unknown): value is BoundaryFeature {
  if (typeof value !== 'object' || value === null) return false;
  const { type, properties, geometry } = value as Record<string, unknown>;
  const props = properties as Record<string, unknown> | null | undefined;
  const geo = geometry as { type?: unknown; coordinates?: unknown } | null | undefined;
  return (
    type === 'Feature' &&
    typeof props?.kode === 'string' &&
    typeof props.nama === 'string' &&
    ((geo?.type === 'Polygon' && isRings(geo.coordinates)) ||
      (geo?.type === 'MultiPolygon' && Array.isArray(geo.coordinates) && geo.coordinates.every(isRings)))
  );
}

/**
 * The kecamatan boundaries GeoJSON, checked by hand (it is read on the main thread for the map,
 * where the schema library must not load). Undefined when it is not a collection of kecamatan
 * polygons: the map then draws no outlines, and nothing else breaks.
 */
export function readBoundaryCollection(json: unknown): BoundaryCollection | undefined {
  if (typeof json !== 'object' || json === null) return undefined;
  const { type, features } = json as Record<string, unknown>;
  if (type !== 'FeatureCollection' || !Array.isArray(features) || !features.every(isFeature))
    return undefined;
  return json as BoundaryCollection;
}

interface IndexedBoundary {
  code: string;
  polygons: Position[][][];
  bbox: [number, number, number, number];
}

/** Kecamatan polygons with bounding boxes, for point-in-polygon region lookup. */
export interface BoundaryIndex {
  kecamatanCodeAt(point: Position): string | undefined;
}

export function indexBoundaries(collection: BoundaryCollection): BoundaryIndex {
  const indexed: IndexedBoundary[] = collection.features.map((feature) => {
    const polygons = (
      feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates] : feature.geometry.coordinates
    ) as Position[][][];
    let minX = Infinity,
      minY = Infinity,
      maxX = -Infinity,
      maxY = -Infinity;
    for (const [x, y] of polygons.flat(2)) {
      minX = Math.min(minX, x);
      maxX = Math.max(maxX, x);
      minY = Math.min(minY, y);
      maxY = Math.max(maxY, y);
    }
    return { code: feature.properties.kode, polygons, bbox: [minX, minY, maxX, maxY] };
  });
  return {
    kecamatanCodeAt(point) {
      const [x, y] = point;
      for (const boundary of indexed) {
        const [minX, minY, maxX, maxY] = boundary.bbox;
        if (x < minX || x > maxX || y < minY || y > maxY) continue;
        if (boundary.polygons.some((polygon) => insidePolygon(point, polygon))) return boundary.code;
      }
      return undefined;
    },
  };
}
