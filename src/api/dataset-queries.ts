import { useMemo, useSyncExternalStore } from 'react';
import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';
import { loadConfig, resolveAppUrl, type AppConfig } from '../lib/config';
import type { BoundaryCollection } from '../domain/geo/boundaries';
import type { DatasetRead } from '../domain/dataset/read-dataset-texts';
import type { Dataset } from '../domain/dataset/types';
import {
  LOCAL_PACKAGE_EVENT,
  LOCAL_PACKAGE_INFO_KEY,
  readLocalPackageInfo,
  readLocalPackageText,
  type LocalPackageInfo,
} from '../domain/export/local-package';
import { fetchDocument, fetchText } from './http';
import { readDatasetOffThread, warmUpDatasetWorker } from './read-dataset';

/** Query keys live here only, so that invalidation and prefetch never guess a key. */
export const queryKeys = {
  config: ['config'] as const,
  /** `local` is set for a package imported in this browser; its savedAt makes each import a new key. */
  dataset: (dataUrl: string, boundariesUrl: string, local: LocalPackageInfo | null = null) =>
    ['dataset', dataUrl, boundariesUrl, local] as const,
};

export const configQuery = queryOptions({
  queryKey: queryKeys.config,
  queryFn: ({ signal }) => loadConfig(signal),
  staleTime: Infinity,
});

/** Boundaries are optional: a failed fetch leaves the map without outlines, not the page without data. */
async function loadBoundariesText(url: string, signal: AbortSignal): Promise<string | undefined> {
  try {
    return await fetchText(url, signal);
  } catch (error) {
    if (signal.aborted) throw error;
    return undefined;
  }
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

function toLoaded(
  { dataset, boundaries }: DatasetRead,
  extra: Pick<LoadedDataset, 'local' | 'savedCopyAt'> = {},
): LoadedDataset {
  return {
    ...dataset,
    boundaries,
    ...(extra.local && { local: extra.local }),
    ...(extra.savedCopyAt && { savedCopyAt: extra.savedCopyAt }),
  };
}

export interface LoadedDataset extends Dataset {
  boundaries?: BoundaryCollection;
  /** Set when the dashboard shows a package imported in this browser (/data/impor), not the published one. */
  local?: LocalPackageInfo;
  /** The package came from the service worker's saved copy, fetched then (see FetchedText). */
  savedCopyAt?: string;
}

export function datasetQuery(config: AppConfig) {
  const dataUrl = resolveAppUrl(config.dataUrl);
  const boundariesUrl = resolveAppUrl(config.boundariesUrl);
  return queryOptions({
    queryKey: queryKeys.dataset(dataUrl, boundariesUrl),
    queryFn: async ({ signal }): Promise<LoadedDataset> => {
      const [pkg, boundariesText] = await Promise.all([
        fetchDocument(dataUrl, signal),
        loadBoundariesText(boundariesUrl, signal),
      ]);
      const read = await readDatasetOffThread(
        { packageText: pkg.text, boundariesText, sourceUrl: dataUrl, fallbackAsOf: today() },
        signal,
      );
      return toLoaded(read, { savedCopyAt: pkg.savedCopyAt });
    },
    staleTime: 5 * 60_000,
  });
}

/** A package imported on /data/impor and kept in this browser only; read like any published package. */
export function localDatasetQuery(config: AppConfig, info: LocalPackageInfo) {
  const boundariesUrl = resolveAppUrl(config.boundariesUrl);
  return queryOptions({
    queryKey: queryKeys.dataset(`lokal:${info.fileName}`, boundariesUrl, info),
    queryFn: async ({ signal }): Promise<LoadedDataset> => {
      const boundariesText = await loadBoundariesText(boundariesUrl, signal);
      const read = await readDatasetOffThread(
        {
          packageText: readLocalPackageText(localStorage),
          boundariesText,
          sourceUrl: `lokal:${info.fileName}`,
          fallbackAsOf: today(),
        },
        signal,
      );
      return toLoaded(read, { local: info });
    },
    staleTime: Infinity,
  });
}

function subscribeLocalPackage(onChange: () => void) {
  window.addEventListener('storage', onChange);
  window.addEventListener(LOCAL_PACKAGE_EVENT, onChange);
  return function unsubscribe() {
    window.removeEventListener('storage', onChange);
    window.removeEventListener(LOCAL_PACKAGE_EVENT, onChange);
  };
}

function localInfoSnapshot(): string | null {
  try {
    return localStorage.getItem(LOCAL_PACKAGE_INFO_KEY);
  } catch {
    // Blocked storage: nothing was imported here.
    return null;
  }
}

/** `raw` is the snapshot: storage is read only when it holds a flag (it may be blocked outright). */
function localInfoFrom(raw: string | null): LocalPackageInfo | undefined {
  return raw ? readLocalPackageInfo(localStorage) : undefined;
}

/** The imported package's small flag, re-read when this or another tab saves or clears it. */
export function useLocalPackageInfo(): LocalPackageInfo | undefined {
  const raw = useSyncExternalStore(subscribeLocalPackage, localInfoSnapshot, () => null);
  return useMemo(() => localInfoFrom(raw), [raw]);
}

/** What the dashboard shows: a package imported in this browser, else the published one. */
function shownDatasetQuery(config: AppConfig, local: LocalPackageInfo | undefined) {
  return local ? localDatasetQuery(config, local) : datasetQuery(config);
}

/**
 * The dataset every page shows. TanStack Query keeps the last good data when a refetch fails, so
 * pages show it with a warning instead of an error screen.
 */
export function useDataset() {
  const config = useQuery(configQuery);
  const local = useLocalPackageInfo();
  const settings = config.data ?? { dataUrl: '', boundariesUrl: '', frameAncestors: [] };
  const dataset = useQuery({
    ...shownDatasetQuery(settings, local),
    enabled: config.data !== undefined,
  });
  return { config, dataset };
}

/**
 * Starts config.json, the package and the worker at start-up, while the page's code is still
 * downloading, instead of after the first render: on a slow phone that is several round trips
 * sooner. Errors are left for the page's own query to show (with its retry).
 */
export async function prefetchDataset(client: QueryClient): Promise<void> {
  warmUpDatasetWorker();
  let config: AppConfig;
  try {
    config = await client.fetchQuery(configQuery);
  } catch {
    return;
  }
  await client.prefetchQuery(shownDatasetQuery(config, localInfoFrom(localInfoSnapshot())));
}
