import type { Feature, Point } from 'geojson';
import type { Geometry } from '../geo/geometry';
import type { Project } from '../project/types';

export interface PointProps {
  id: string;
}

/** Point works as GeoJSON features for supercluster; lines and areas are drawn as they are. */
export function pointFeatures(projects: readonly Project[]): Feature<Point, PointProps>[] {
  const features: Feature<Point, PointProps>[] = [];
  for (const project of projects) {
    if (project.geometry?.type !== 'Point') continue;
    features.push({
      type: 'Feature',
      properties: { id: project.id },
      geometry: { type: 'Point', coordinates: project.geometry.coordinates },
    });
  }
  return features;
}

export type ShapeGeometry = Exclude<Geometry, { type: 'Point' }>;

/** Lines and polygons: never clustered, always drawn along their geometry. */
export function shapeProjects(projects: readonly Project[]): (Project & { geometry: ShapeGeometry })[] {
  return projects.filter(
    (p): p is Project & { geometry: ShapeGeometry } =>
      p.geometry !== undefined && p.geometry.type !== 'Point',
  );
}

export const unlocatedProjects = (projects: readonly Project[]): Project[] =>
  projects.filter((p) => !p.geometry);
