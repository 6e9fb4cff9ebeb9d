import { parseJsonText } from '../domain/dataset/data-error';
import type { KurvaSSeries } from '../domain/aggregate/kurva-s';
import { decodeSeries } from '../domain/publish/series-file';
import { besideIndex, PUBLISHED_FILES } from '../domain/publish/published-files';
import { fetchDocument } from './http';

/** Where a published folder keeps its weekly curves: beside its index. */
export const publishedSeriesUrl = (indexUrl: string) => besideIndex(indexUrl, PUBLISHED_FILES.series);

/** A published folder's weekly curves (only a filtered programme kurva S needs them). */
export async function readPublishedSeries(indexUrl: string, signal?: AbortSignal): Promise<KurvaSSeries> {
  const response = await fetchDocument(publishedSeriesUrl(indexUrl), signal);
  return decodeSeries(parseJsonText(response.text));
}
