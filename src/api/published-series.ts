import { parseJsonText } from '../domain/dataset/data-error';
import type { KurvaSSeries } from '../domain/aggregate/kurva-s';
import { decodeSeries } from '../domain/publish/series-file';
import { besideIndex, PUBLISHED_FILES } from '../domain/publish/published-files';
import { fetchDocument } from './http';

/** A published folder's weekly curves (only a filtered programme kurva S needs them). */
export async function readPublishedSeries(indexUrl: string, signal?: AbortSignal): Promise<KurvaSSeries> {
  const response = await fetchDocument(besideIndex(indexUrl, PUBLISHED_FILES.series), signal);
  return decodeSeries(parseJsonText(response.text));
}
