import { queryOptions, useQuery } from '@tanstack/react-query';
import { loadConfig, resolveAppUrl, type AppConfig } from '../lib/config';
import { boundaryCollectionSchema, indexBoundaries, type BoundaryCollection } from '../domain/geo/boundaries';
import { readPackage } from '../domain/dataset/read-package';
import type { Dataset } from '../domain/dataset/types';
import { fetchJson } from './http';

/** Query keys live here only, so that invalidation and prefetch never guess a key. */
export const queryKeys = {
  config: ['config'] as const,
  dataset: (dataUrl: string, boundariesUrl: string) => ['dataset', dataUrl, boundariesUrl] as const,
};

export const configQuery = queryOptions({
  queryKey: queryKeys.config,
  queryFn: ({ signal }) => loadConfig(signal),
  staleTime: Infinity,
});

async function loadBoundaries(url: string, signal: AbortSignal): Promise<BoundaryCollection | undefined> {
  try {
    const parsed = boundaryCollectionSchema.safeParse(await fetchJson(url, signal));
    return parsed.success ? parsed.data : undefined;
  } catch (error) {
    if (signal.aborted) throw error;
    // Without boundaries the map loses its outlines and regions come from codes or names only:
    // worse, but the projects must still show.
    return undefined;
  }
}

export interface LoadedDataset extends Dataset {
  boundaries?: BoundaryCollection;
}

export function datasetQuery(config: AppConfig) {
  const dataUrl = resolveAppUrl(config.dataUrl);
  const boundariesUrl = resolveAppUrl(config.boundariesUrl);
  return queryOptions({
    queryKey: queryKeys.dataset(dataUrl, boundariesUrl),
    queryFn: async ({ signal }): Promise<LoadedDataset> => {
      const [json, boundaries] = await Promise.all([
        fetchJson(dataUrl, signal),
        loadBoundaries(boundariesUrl, signal),
      ]);
      const dataset = readPackage(json, {
        boundaries: boundaries && indexBoundaries(boundaries),
        sourceUrl: dataUrl,
        fallbackAsOf: new Date().toISOString().slice(0, 10),
      });
      return { ...dataset, boundaries };
    },
    staleTime: 5 * 60_000,
  });
}

/**
 * The dataset every page shows. TanStack Query keeps the last good data when a refetch fails, so
 * pages show it with a warning instead of an error screen.
 */
export function useDataset() {
  const config = useQuery(configQuery);
  const dataset = useQuery({
    ...datasetQuery(config.data ?? { dataUrl: '', boundariesUrl: '', frameAncestors: [] }),
    enabled: config.data !== undefined,
  });
  return { config, dataset };
}
