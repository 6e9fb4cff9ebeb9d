import { lineLengthMetres, type Geometry } from '../geo/geometry';
import type { MeasuredLength, Project, ProjectStatus, Volume } from '../project/types';

/** Road works that were (or are being) carried out: not failed, cancelled or still in procurement. */
export const HANDLED_STATUSES: readonly ProjectStatus[] = ['pelaksanaan', 'selesai', 'putus-kontrak'];

export interface RoadLength {
  /** Metres, from the drawn line where there is one, else the published volume length. */
  totalM: number;
  fromGeometryM: number;
  fromVolumeM: number;
  /** Road packages counted, and those with neither a line nor a length (not in the total). */
  packages: number;
  unknownLength: number;
}

/**
 * Where one road package's length comes from. The drawn line wins: it can be checked on the map;
 * the volume length ("x_volume.lengthM") is the fallback. Measured once when the data is read (a
 * line's length is thousands of haversines), on the published line, not the simplified one.
 */
export function measureRoadLength(
  geometry: Geometry | undefined,
  volume: Volume | undefined,
): MeasuredLength | undefined {
  if (geometry && (geometry.type === 'LineString' || geometry.type === 'MultiLineString')) {
    const metres = lineLengthMetres(geometry);
    if (metres > 0) return { metres, source: 'geometry' };
  }
  const length = volume?.lengthM;
  if (length !== undefined && Number.isFinite(length) && length > 0)
    return { metres: length, source: 'volume' };
  return undefined;
}

export const roadLengthOf = (project: Project): MeasuredLength | undefined => project.roadLength;

const isHandledRoad = (project: Project): boolean =>
  project.category === 'jalan' && HANDLED_STATUSES.includes(project.status);

/** Adds one handled road package to the running totals (shared with headlineFigures' single pass). */
export function addRoad(result: RoadLength, project: Project): void {
  result.packages += 1;
  const length = roadLengthOf(project);
  if (!length) {
    result.unknownLength += 1;
    return;
  }
  result.totalM += length.metres;
  if (length.source === 'geometry') result.fromGeometryM += length.metres;
  else result.fromVolumeM += length.metres;
}

/** Kilometres of road handled: road packages under way, finished or terminated after work began. */
export function roadLength(projects: readonly Project[]): RoadLength {
  const result: RoadLength = { totalM: 0, fromGeometryM: 0, fromVolumeM: 0, packages: 0, unknownLength: 0 };
  for (const project of projects) if (isHandledRoad(project)) addRoad(result, project);
  return result;
}
