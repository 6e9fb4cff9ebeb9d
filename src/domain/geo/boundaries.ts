import * as z from 'zod/mini';
import type { Position } from './geometry';
import { insidePolygon } from './point-in-polygon';

const ring = z.array(z.tuple([z.number(), z.number()], z.number()));

const boundaryFeature = z.object({
  type: z.literal('Feature'),
  properties: z.looseObject({ kode: z.string(), nama: z.string() }),
  geometry: z.discriminatedUnion('type', [
    z.object({ type: z.literal('Polygon'), coordinates: z.array(ring) }),
    z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(ring)) }),
  ]),
});

export const boundaryCollectionSchema = z.looseObject({
  type: z.literal('FeatureCollection'),
  features: z.array(boundaryFeature),
});

export type BoundaryFeature = z.infer<typeof boundaryFeature>;
export type BoundaryCollection = z.infer<typeof boundaryCollectionSchema>;

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
