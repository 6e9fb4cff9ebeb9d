import { useMemo, useSyncExternalStore } from 'react';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { loadConfig, resolveAppUrl, type AppConfig } from '../lib/config';
import { readBoundaryCollection, type BoundaryCollection } from '../domain/geo/boundaries';
import type { Dataset } from '../domain/dataset/types';
import type { Project, ProjectDetail } from '../domain/project/types';
import type { KurvaS } from '../domain/aggregate/kurva-s';
import {
  LOCAL_PACKAGE_EVENT,
  LOCAL_PACKAGE_INFO_KEY,
  readLocalPackageInfo,
  readLocalPackageText,
  type LocalPackageInfo,
} from '../domain/export/local-package';
import { fetchText } from './http';
import { askDatasetService } from './dataset-worker';
import type { OpenedPackage } from './worker/dataset-service';
import { isUnusableIndex } from './published';
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

export const indexUrlOf = (config: AppConfig) =>
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

function datasetQuery(config: AppConfig) {
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
function localDatasetQuery(config: AppConfig, info: LocalPackageInfo) {
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
function boundariesQuery(config: AppConfig) {
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
export function shownDatasetQuery(config: AppConfig, local: LocalPackageInfo | undefined) {
  return local ? localDatasetQuery(config, local) : datasetQuery(config);
}

export const NO_CONFIG: AppConfig = { dataUrl: '', boundariesUrl: '', frameAncestors: [] };

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

/** The imported package's flag as it is now, outside React (start-up, before the first render). */
export const currentLocalPackageInfo = (): LocalPackageInfo | undefined => localInfoFrom(localInfoSnapshot());
