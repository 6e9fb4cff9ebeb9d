import type { BoundaryFeature } from '../../domain/geo/boundaries';
import { positionsOf, type Geometry, type Position } from '../../domain/geo/geometry';
import { boxOfPositions, polygonsOf, regencyBox, type LatLngBox } from '../../domain/map/bounds';
import type { Project } from '../../domain/project/types';

/** Leaflet takes [lat, lng]; GeoJSON (and our data) is [lng, lat]. */
export const toLatLng = ([lng, lat]: Position): [number, number] => [lat, lng];

/** The view of the embed map: the projects, else the kecamatan outline, else the whole regency. */
export function embedMapBox(
  projects: readonly Project[],
  outline: BoundaryFeature | undefined,
  allBoundaries: readonly BoundaryFeature[] | undefined,
): LatLngBox {
  const positions = projects.flatMap((p) => (p.geometry ? positionsOf(p.geometry) : []));
  if (outline) positions.push(...polygonsOf(outline).flat(2));
  return boxOfPositions(positions) ?? regencyBox(allBoundaries);
}

export type DrawnShape =
  | { kind: 'point'; at: [number, number] }
  | { kind: 'lines'; lines: [number, number][][] }
  | { kind: 'areas'; rings: [number, number][][] };

export function shapeOf(geometry: Geometry): DrawnShape {
  switch (geometry.type) {
    case 'Point':
      return { kind: 'point', at: toLatLng(geometry.coordinates) };
    case 'LineString':
      return { kind: 'lines', lines: [geometry.coordinates.map(toLatLng)] };
    case 'MultiLineString':
      return { kind: 'lines', lines: geometry.coordinates.map((line) => line.map(toLatLng)) };
    case 'Polygon':
      return { kind: 'areas', rings: geometry.coordinates.map((ring) => ring.map(toLatLng)) };
    case 'MultiPolygon':
      return { kind: 'areas', rings: geometry.coordinates.flat().map((ring) => ring.map(toLatLng)) };
  }
}
