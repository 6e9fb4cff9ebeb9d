import { parseProject } from '../oc4ids/schema';
import type { BoundaryIndex } from '../geo/boundaries';
import { mapProject } from '../project/map-project';
import type { ProjectDetail } from '../project/types';

/**
 * One project of a package, as readPackage would show it: the first entry with this id that passes
 * the schema (a later duplicate is rejected there). Checks only the entries with this id, so a
 * project page does not pay for reading every other project.
 */
export function findProjectDetail(
  json: unknown,
  id: string,
  context: { asOf: string; boundaries?: BoundaryIndex; sourceUrl: string },
): ProjectDetail | undefined {
  const projects = (json as { projects?: unknown } | null)?.projects;
  if (!Array.isArray(projects)) return undefined;
  for (const raw of projects) {
    const rawId = (raw as { id?: unknown } | null)?.id;
    // The schema reads numeric ids as text: 7 and "7" are the same project.
    if ((typeof rawId !== 'string' && typeof rawId !== 'number') || String(rawId) !== id) continue;
    const parsed = parseProject(raw);
    if (parsed.success) return mapProject(parsed.data, context);
  }
  return undefined;
}
