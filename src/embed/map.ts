import { captionNames } from '../domain/filters/caption-names';
import { fetchText } from '../api/http';
import { applyFilters } from '../domain/filters/filters';
import { parseFilters } from '../domain/route-state/filter-schema';
import { PROJECT_PARAM } from '../domain/route-state/param-names';
import { readBoundaryCollection, type BoundaryCollection } from '../domain/geo/boundaries';
import { kecamatanBySlugName } from '../domain/geo/regions';
import { resolveAppUrl, type AppConfig } from '../lib/config';
import type { EmbedContent } from './content';
import { captionOf } from './caption';
import { readDataset } from './dataset';
import type { EmbedRequest } from './request';

/** Kecamatan outlines are optional: without them the map still shows every project. */
async function readBoundaries(
  config: AppConfig,
  signal?: AbortSignal,
): Promise<BoundaryCollection | undefined> {
  try {
    return readBoundaryCollection(JSON.parse(await fetchText(resolveAppUrl(config.boundariesUrl), signal)));
  } catch (error) {
    if (signal?.aborted) throw error;
    return undefined;
  }
}

/** The map of a kecamatan, a filter or one project, from the index (it carries every geometry). */
export async function mapContent(
  request: EmbedRequest,
  config: AppConfig,
  signal?: AbortSignal,
): Promise<EmbedContent> {
  const [dataset, boundaries, { EmbedMap }] = await Promise.all([
    readDataset(config, signal),
    readBoundaries(config, signal),
    import('../features/embed/embed-map'),
  ]);
  const { filters } = parseFilters(request.params, [PROJECT_PARAM]);
  const project = request.projectId ? dataset.projects.find((p) => p.id === request.projectId) : undefined;
  if (request.projectId && !project) return { kind: 'not-found', missingProject: true };
  return {
    kind: 'map',
    meta: dataset.meta,
    projects: project ? [project] : applyFilters(dataset.projects, filters),
    boundaries,
    kecamatan: filters.kecamatan ? kecamatanBySlugName(filters.kecamatan) : undefined,
    project,
    filters: project ? {} : filters,
    names: captionNames(filters, dataset.projects),
    caption: captionOf(project ? {} : filters, captionNames(filters, dataset.projects)),
    Map: EmbedMap,
  };
}
