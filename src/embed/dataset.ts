import { askDatasetService } from '../api/dataset-worker';
import { isUnusableIndex } from '../api/published';
import { readPublishedSeries } from '../api/published-series';
import { decodeIndexText, readPublishedIndex } from '../api/published-index';
import type { OpenedPackage } from '../api/worker/dataset-service';
import type { KurvaSSeries } from '../domain/aggregate/kurva-s';
import { parseJsonText } from '../domain/dataset/data-error';
import type { DatasetMeta } from '../domain/dataset/types';
import type { ProjectDetail } from '../domain/project/types';
import type { IndexContent } from '../domain/publish/index-file';
import { decodeSeries } from '../domain/publish/series-file';
import { resolveAppUrl, type AppConfig } from '../lib/config';
import { indexUrlOf } from './config-urls';

/**
 * The whole dataset, for what no published file answers (a combination of filters, a search, the
 * map, or no published folder at all): read as the app reads it, the index, else the package in
 * the worker.
 */
export type ReadDataset = IndexContent & { meta: DatasetMeta; published: boolean };

const today = () => new Date().toISOString().slice(0, 10);

async function readPackage(config: AppConfig, signal?: AbortSignal): Promise<ReadDataset> {
  const dataUrl = resolveAppUrl(config.dataUrl);
  const opened = await askDatasetService<OpenedPackage>(
    { kind: 'open', dataUrl, boundariesUrl: resolveAppUrl(config.boundariesUrl), fallbackAsOf: today() },
    signal,
  );
  return { ...(await decodeIndexText(opened.indexText, dataUrl, signal)), published: false };
}

export async function readDataset(config: AppConfig, signal?: AbortSignal): Promise<ReadDataset> {
  const indexUrl = indexUrlOf(config);
  if (indexUrl) {
    try {
      return {
        ...(await readPublishedIndex(indexUrl, resolveAppUrl(config.dataUrl), signal)),
        published: true,
      };
    } catch (error) {
      if (!isUnusableIndex(error)) throw error;
    }
  }
  return readPackage(config, signal);
}

/** The weekly curves a filtered programme kurva S is summed from. */
export async function readSeries(
  config: AppConfig,
  published: boolean,
  signal?: AbortSignal,
): Promise<KurvaSSeries> {
  const indexUrl = indexUrlOf(config);
  if (published && indexUrl) return readPublishedSeries(indexUrl, signal);
  const text = await askDatasetService<string>(
    { kind: 'series', sourceUrl: resolveAppUrl(config.dataUrl) },
    signal,
  );
  return decodeSeries(parseJsonText(text));
}

/** One project's full record from the package, read by the worker (no published folder). */
export async function readPackageProject(
  id: string,
  config: AppConfig,
  signal?: AbortSignal,
): Promise<{ meta: DatasetMeta; project: ProjectDetail } | undefined> {
  const dataset = await readPackage(config, signal);
  const [project] = await askDatasetService<ProjectDetail[]>(
    {
      kind: 'details',
      sourceUrl: resolveAppUrl(config.dataUrl),
      ids: [id],
      asOf: dataset.meta.asOf,
      boundariesUrl: resolveAppUrl(config.boundariesUrl),
    },
    signal,
  );
  return project && { meta: dataset.meta, project };
}
