import { takeCarriedDocument } from '../lib/embedded-documents';
import { useEffect, useMemo, useSyncExternalStore } from 'react';
import { queryOptions, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { loadConfig, resolveAppUrl, type AppConfig } from '../lib/config';
import { readBoundaryCollection, type BoundaryCollection } from '../domain/geo/boundaries';
import { parseJsonText } from '../domain/dataset/data-error';
import type { Dataset, DatasetMeta } from '../domain/dataset/types';
import type { Project, ProjectDetail } from '../domain/project/types';
import type { KurvaS, KurvaSSeries } from '../domain/aggregate/kurva-s';
import { decodeSeries } from '../domain/publish/series-file';
import { projectFileName } from '../domain/publish/project-file';
import { besideIndex, PUBLISHED_FILES } from '../domain/publish/published-files';
import {
  LOCAL_PACKAGE_EVENT,
  LOCAL_PACKAGE_INFO_KEY,
  readLocalPackageInfo,
  readLocalPackageText,
  type LocalPackageInfo,
} from '../domain/export/local-package';
import { fetchText } from './http';
import { askDatasetService, warmUpDatasetWorker } from './dataset-worker';
import type { OpenedPackage } from './worker/dataset-service';
import { isUnusableIndex, readPublishedProject, readPublishedSeries } from './published';
import { decodeIndexText, readPublishedIndex } from './published-index';

/**
 * Where the dashboard's data comes from (README, "Data flow"):
 *  - `published`: a folder made by `npm run data:publish`: index.json on the page, one small file
 *    per project, the package only for downloads;
 *  - `package`: a raw OC4IDS package, read by the worker, which keeps it;
 *  - `local`: a package imported on /data/impor and kept in this browser.
 */
export type DataSource =
  | { kind: 'published'; indexUrl: string; dataUrl: string }
  | { kind: 'package'; dataUrl: string }
  | { kind: 'local'; sourceUrl: string };

export interface LoadedDataset extends Dataset {
  /** The programme kurva S of every project, computed when the data was published or read. */
  kurvaS: KurvaS;
  source: DataSource;
  /** Set when the dashboard shows a package imported in this browser (/data/impor), not the published one. */
  local?: LocalPackageInfo;
  /** The data came from the service worker's saved copy, fetched then (see FetchedText). */
  savedCopyAt?: string;
}

/** Query keys live here only, so that invalidation and prefetch never guess a key. */
export const queryKeys = {
  config: ['config'] as const,
  /** `local` is set for a package imported in this browser; its savedAt makes each import a new key. */
  dataset: (
    dataUrl: string,
    indexUrl: string | undefined,
    boundariesUrl: string,
    local: LocalPackageInfo | null = null,
  ) => ['dataset', dataUrl, indexUrl ?? null, boundariesUrl, local] as const,
  boundaries: (url: string) => ['boundaries', url] as const,
  series: (source: DataSource) => ['kurva-s', source] as const,
  /** Every project's query (a prefix of project). */
  projects: ['proyek'] as const,
  project: (config: AppConfig, local: LocalPackageInfo | undefined, id: string) =>
    ['proyek', config, local ?? null, id] as const,
  details: (source: DataSource, ids: readonly string[] | 'all', asOf: string, boundariesUrl: string) =>
    ['rincian', source, ids, asOf, boundariesUrl] as const,
};

export const configQuery = queryOptions({
  queryKey: queryKeys.config,
  queryFn: ({ signal }) => loadConfig(signal),
  staleTime: Infinity,
});

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

const indexUrlOf = (config: AppConfig) =>
  typeof config.indexUrl === 'string' && config.indexUrl ? resolveAppUrl(config.indexUrl) : undefined;

/** A package read by the worker: its index crosses as JSON text, decoded like a published one. */
async function openPackage(
  request: { kind: 'open'; dataUrl: string; boundariesUrl: string; fallbackAsOf: string },
  signal: AbortSignal,
): Promise<LoadedDataset> {
  const opened = await askDatasetService<OpenedPackage>(request, signal);
  return {
    ...(await decodeIndexText(opened.indexText, request.dataUrl, signal)),
    source: { kind: 'package', dataUrl: request.dataUrl },
    ...(opened.savedCopyAt && { savedCopyAt: opened.savedCopyAt }),
  };
}

export function datasetQuery(config: AppConfig) {
  const dataUrl = resolveAppUrl(config.dataUrl);
  const indexUrl = indexUrlOf(config);
  const boundariesUrl = resolveAppUrl(config.boundariesUrl);
  return queryOptions({
    queryKey: queryKeys.dataset(dataUrl, indexUrl, boundariesUrl),
    queryFn: async ({ signal }): Promise<LoadedDataset> => {
      if (indexUrl) {
        try {
          // savedCopyAt comes along when the offline copy answered (published.ts, savedCopy).
          return {
            ...(await readPublishedIndex(indexUrl, dataUrl, signal)),
            source: { kind: 'published', indexUrl, dataUrl },
          };
        } catch (error) {
          // A folder without a usable index still has its package: read that, as for any publisher.
          if (!isUnusableIndex(error)) throw error;
          console.warn(`PantauBangun: ${indexUrl} tidak dapat dipakai; paket dibaca langsung.`, error);
        }
      }
      return openPackage({ kind: 'open', dataUrl, boundariesUrl, fallbackAsOf: today() }, signal);
    },
    staleTime: 5 * 60_000,
  });
}

/** A package imported on /data/impor and kept in this browser only; read like any raw package. */
export function localDatasetQuery(config: AppConfig, info: LocalPackageInfo) {
  const boundariesUrl = resolveAppUrl(config.boundariesUrl);
  const sourceUrl = `lokal:${info.fileName}`;
  return queryOptions({
    queryKey: queryKeys.dataset(sourceUrl, undefined, boundariesUrl, info),
    queryFn: async ({ signal }): Promise<LoadedDataset> => {
      const opened = await askDatasetService<OpenedPackage>(
        {
          kind: 'open-text',
          packageText: readLocalPackageText(localStorage),
          sourceUrl,
          boundariesUrl,
          fallbackAsOf: today(),
        },
        signal,
      );
      return {
        ...(await decodeIndexText(opened.indexText, sourceUrl, signal)),
        source: { kind: 'local', sourceUrl },
        local: info,
      };
    },
    staleTime: Infinity,
  });
}

/** Kecamatan outlines for the maps: optional, so a failure is "no outlines", never an error. */
export function boundariesQuery(config: AppConfig) {
  const url = resolveAppUrl(config.boundariesUrl);
  return queryOptions({
    queryKey: queryKeys.boundaries(url),
    queryFn: async ({ signal }): Promise<BoundaryCollection | null> => {
      try {
        return readBoundaryCollection(JSON.parse(await fetchText(url, signal))) ?? null;
      } catch (error) {
        if (signal.aborted) throw error;
        return null;
      }
    },
    staleTime: Infinity,
  });
}

/** The weekly curves every package's programme kurva S is summed from (only a filtered curve needs them). */
export function seriesQuery(source: DataSource) {
  return queryOptions({
    queryKey: queryKeys.series(source),
    queryFn: async ({ signal }): Promise<KurvaSSeries> =>
      source.kind === 'published'
        ? readPublishedSeries(source.indexUrl, signal)
        : decodeSeries(
            parseJsonText(
              await askDatasetService<string>(
                { kind: 'series', sourceUrl: source.kind === 'package' ? source.dataUrl : source.sourceUrl },
                signal,
              ),
            ),
          ),
    staleTime: Infinity,
  });
}

export interface ShownProject {
  meta: DatasetMeta;
  project: ProjectDetail;
}

/**
 * Full records for downloads, read by the worker from the package (a published folder's package
 * too: index rows do not carry everything a download writes).
 */
export function detailsQuery(dataset: LoadedDataset, ids: readonly string[] | 'all', boundariesUrl: string) {
  const source = dataset.source;
  return queryOptions({
    queryKey: queryKeys.details(source, ids, dataset.meta.asOf, boundariesUrl),
    queryFn: async ({ signal }) => {
      const details = await askDatasetService<ProjectDetail[]>(
        {
          kind: 'details',
          sourceUrl: source.kind === 'local' ? source.sourceUrl : source.dataUrl,
          ids,
          asOf: dataset.meta.asOf,
          boundariesUrl,
        },
        signal,
      );
      // A record read alone (findProjectDetail) cannot know its standing in the package (its
      // contractor's share, twin values): the index row does. Without it a download of a filter
      // would say "tidak dapat dinilai" where the app and the full download say "tidak".
      let rows: Map<string, Project> | undefined;
      return details.map((detail) => {
        if (detail.standing) return detail;
        rows ??= new Map(dataset.projects.map((row) => [row.id, row]));
        const standing = rows.get(detail.id)?.standing;
        return standing ? { ...detail, standing } : detail;
      });
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

const NO_CONFIG: AppConfig = { dataUrl: '', boundariesUrl: '', frameAncestors: [] };

/**
 * The dataset every page shows. TanStack Query keeps the last good data when a refetch fails, so
 * pages show it with a warning instead of an error screen.
 */
export function useDataset() {
  const config = useQuery(configQuery);
  const local = useLocalPackageInfo();
  const dataset = useQuery({
    ...shownDatasetQuery(config.data ?? NO_CONFIG, local),
    enabled: config.data !== undefined,
  });
  return { config, dataset };
}

export function useBoundaries(): BoundaryCollection | undefined {
  const config = useQuery(configQuery);
  const boundaries = useQuery({
    ...boundariesQuery(config.data ?? NO_CONFIG),
    enabled: config.data !== undefined,
  });
  return boundaries.data ?? undefined;
}

/** The weekly curves, asked for only when `enabled` (a filtered programme kurva S). */
export function useKurvaSSeries(dataset: LoadedDataset, enabled: boolean) {
  return useQuery({ ...seriesQuery(dataset.source), enabled });
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

/**
 * Starts config.json and the page's data at start-up, while the page's code is still downloading,
 * instead of after the first render: on a slow phone that is several round trips sooner. A project
 * page needs only its own file; the import form needs nothing. Errors are left for the page's own
 * query to show (with its retry).
 */
export async function prefetchForPage(client: QueryClient, pathname: string): Promise<void> {
  if (/^\/data\/impor\/?$/.test(pathname)) return;
  let config: AppConfig;
  try {
    config = await client.fetchQuery(configQuery);
  } catch {
    return;
  }
  const local = localInfoFrom(localInfoSnapshot());
  // A published folder needs no worker; a raw package does: start its script now.
  if (local || !indexUrlOf(config)) warmUpDatasetWorker();
  const project = /^\/proyek\/([^/]+)\/?$/.exec(pathname);
  if (project) {
    let id: string;
    try {
      id = decodeURIComponent(project[1]!);
    } catch {
      return;
    }
    await client.prefetchQuery(projectQuery(config, local, id, client));
    return;
  }
  await client.prefetchQuery(shownDatasetQuery(config, local));
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
