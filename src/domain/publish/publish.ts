import type { Dataset } from '../dataset/types';
import type { ProjectDetail } from '../project/types';
import { kurvaSSeries, programmeKurvaS } from '../aggregate/kurva-s';
import { encodeIndex, type IndexFile, type PublishedMeta } from './index-file';
import { encodeSeries, type SeriesFile } from './series-file';
import { listingOf } from './listing';

export interface Publication {
  index: IndexFile;
  series: SeriesFile;
  meta: PublishedMeta;
}

/**
 * A read package as the app's published files: the index (every list, map, filter and headline
 * figure) and the weekly curves (the programme kurva S of any filter). The same function runs in
 * `npm run data:publish` and in the browser's worker for a package given raw, so both show exactly
 * the same figures.
 */
export function publishDataset({ projects, rejected, meta }: Dataset<ProjectDetail>): Publication {
  // Where the package is depends on where it is served: the reader adds it (decodeIndex).
  const published: PublishedMeta = {
    publisher: meta.publisher,
    publishedDate: meta.publishedDate,
    asOf: meta.asOf,
    asOfSource: meta.asOfSource,
    isSample: meta.isSample,
    license: meta.license,
    version: meta.version,
    uri: meta.uri,
  };
  const rows = projects.map(listingOf);
  const series = kurvaSSeries(projects, meta.asOf);
  return {
    index: encodeIndex({ meta: published, rejected, projects: rows, kurvaS: programmeKurvaS(rows, series) }),
    series: encodeSeries(series),
    meta: published,
  };
}
