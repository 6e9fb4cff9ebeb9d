import { captionNames } from '../domain/filters/caption-names';
import type { KurvaSSeries } from '../domain/aggregate/kurva-s';
import { applyFilters, isFilterEmpty } from '../domain/filters/filters';
import { parseFilters } from '../domain/route-state/filter-schema';
import { PROJECT_PARAM } from '../domain/route-state/param-names';
import { CHART_DATA } from '../features/charts/chart-data';
import type { ChartId } from '../features/charts/chart-ids';
import type { AppConfig } from '../lib/config';
import type { EmbedContent } from './content';
import { readDataset, readSeries } from './dataset';
import type { EmbedRequest } from './request';

const NO_SERIES: KurvaSSeries = { year: 0, asOf: '', dates: [], curves: new Map() };

/**
 * A programme chart no published file answers (several filters, a search, an older folder, no
 * folder): computed from the dataset with the app's own filter and chart functions.
 */
export async function chartFromDataset(
  request: EmbedRequest,
  chart: ChartId,
  config: AppConfig,
  signal?: AbortSignal,
): Promise<EmbedContent> {
  const dataset = await readDataset(config, signal);
  const { filters } = parseFilters(request.params, [PROJECT_PARAM]);
  const projects = applyFilters(dataset.projects, filters);
  // The curve of every project is in the index; a filtered one is summed from the weekly curves.
  const data =
    chart === 'kurva-s-program' && isFilterEmpty(filters)
      ? dataset.kurvaS
      : CHART_DATA[chart](
          projects,
          chart === 'kurva-s-program' && projects.length > 0
            ? await readSeries(config, dataset.published, signal)
            : NO_SERIES,
        );
  return {
    kind: 'chart',
    chart,
    meta: dataset.meta,
    data,
    filters,
    names: captionNames(filters, dataset.projects),
  };
}
