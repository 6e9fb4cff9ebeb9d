import { positionsOf, type Position } from '../geo/geometry';
import type { Project } from '../project/types';

/**
 * The project whose geometry passes closest to a point (nearest vertex; good enough at street
 * scale, where lines are densely digitised). Used to select by keyboard at the map's centre.
 * Distances use an equirectangular approximation: exact enough within a regency, and fast.
 */
export function nearestProject(
  projects: readonly Project[],
  [lng, lat]: Position,
): { project: Project; metres: number } | undefined {
  const kx = Math.cos((lat * Math.PI) / 180);
  let best: Project | undefined;
  let bestD2 = Infinity;
  for (const project of projects) {
    if (!project.geometry) continue;
    for (const [x, y] of positionsOf(project.geometry)) {
      const d2 = ((x - lng) * kx) ** 2 + (y - lat) ** 2;
      if (d2 < bestD2) [best, bestD2] = [project, d2];
    }
  }
  return best && { project: best, metres: Math.sqrt(bestD2) * 111_320 };
}
