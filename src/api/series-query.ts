import { queryOptions, useQuery } from '@tanstack/react-query';
import { parseJsonText } from '../domain/dataset/data-error';
import type { KurvaSSeries } from '../domain/aggregate/kurva-s';
import { decodeSeries } from '../domain/publish/series-file';
import { queryKeys, type DataSource, type LoadedDataset } from './dataset-queries';
import { askDatasetService } from './dataset-worker';
import { readPublishedSeries } from './published-series';

/**
 * The weekly curves every package's programme kurva S is summed from (only a filtered curve needs
 * them). Apart from dataset-queries.ts: the map and list never load this code.
 */
function seriesQuery(source: DataSource) {
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

/** The weekly curves, asked for only when `enabled` (a filtered programme kurva S). */
export function useKurvaSSeries(dataset: LoadedDataset, enabled: boolean) {
  return useQuery({ ...seriesQuery(dataset.source), enabled });
}
