import { useEffect } from 'react';
import { queryOptions, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { resolveAppUrl, type AppConfig } from '../lib/config';
import { takeCarriedDocument } from '../lib/embedded-documents';
import type { DatasetMeta } from '../domain/dataset/types';
import type { ProjectDetail } from '../domain/project/types';
import type { LocalPackageInfo } from '../domain/export/local-package';
import { projectFileName } from '../domain/publish/project-file';
import { besideIndex, PUBLISHED_FILES } from '../domain/publish/published-files';
import {
  configQuery,
  detailsQuery,
  indexUrlOf,
  NO_CONFIG,
  queryKeys,
  shownDatasetQuery,
  useLocalPackageInfo,
} from './dataset-queries';
import { isUnusableIndex } from './published';
import { readPublishedProject } from './published-project';

/**
 * One project for its page (and a deck's flagship slides). Apart from dataset-queries.ts: the map
 * and list pages never load the project file's decoder.
 */
export interface ShownProject {
  meta: DatasetMeta;
  project: ProjectDetail;
}

/**
 * One project for its page: from a published folder, its own small file (the index is not
 * needed); from a raw or imported package, the worker's record.
 */
export function projectQuery(
  config: AppConfig,
  local: LocalPackageInfo | undefined,
  id: string,
  client: QueryClient,
) {
  return queryOptions({
    queryKey: queryKeys.project(config, local, id),
    queryFn: async ({ signal }): Promise<ShownProject | null> => {
      const dataUrl = resolveAppUrl(config.dataUrl);
      const indexUrl = indexUrlOf(config);
      if (indexUrl && !local) {
        try {
          return (await readPublishedProject(indexUrl, dataUrl, id, signal, takeCarriedDocument)) ?? null;
        } catch (error) {
          if (!isUnusableIndex(error)) throw error;
        }
      }
      // The worker answers from the package it read for the dataset (read it first if needed).
      const dataset = await client.fetchQuery(shownDatasetQuery(config, local));
      const [project] = await client.fetchQuery(
        detailsQuery(dataset, [id], resolveAppUrl(config.boundariesUrl)),
      );
      // detailsQuery gives the record its standing in the package from the index row.
      return project ? { meta: dataset.meta, project } : null;
    },
    staleTime: 5 * 60_000,
  });
}

/** The project a /proyek/:id page shows (null: no project by that id). */
export function useShownProject(id: string) {
  const client = useQueryClient();
  const config = useQuery(configQuery);
  const local = useLocalPackageInfo();
  const project = useQuery({
    ...projectQuery(config.data ?? NO_CONFIG, local, id, client),
    enabled: config.data !== undefined,
  });
  return { config, project, local };
}

/**
 * Fetches these projects' records now, while there is a network: a deck must keep going when the
 * hall's Wi-Fi drops, and the service worker keeps what was fetched.
 */
export function usePrefetchProjects(ids: readonly string[]): void {
  const client = useQueryClient();
  // Not named `config`: the query lint tracks variable names across this file's hooks.
  const { data: appConfig } = useQuery(configQuery);
  const local = useLocalPackageInfo();
  const key = ids.join('\n');
  useEffect(() => {
    if (!appConfig) return;
    for (const id of key ? key.split('\n') : [])
      void client.prefetchQuery(projectQuery(appConfig, local, id, client));
  }, [client, appConfig, local, key]);
}

/**
 * The URL a project's record is read from: its own file in a published folder, else the package
 * (the worker reads it). For keeping a deck's data offline.
 */
export function projectDataUrl(
  config: AppConfig,
  local: LocalPackageInfo | undefined,
  id: string,
): string | undefined {
  if (local) return undefined;
  const indexUrl = indexUrlOf(config);
  return indexUrl
    ? besideIndex(indexUrl, `${PUBLISHED_FILES.projectFolder}/${projectFileName(id)}`)
    : resolveAppUrl(config.dataUrl);
}
