import type { CaptionNames } from '../../domain/filters/filter-caption';
import type { DatasetMeta } from '../../domain/dataset/types';
import type { ChartDataMap } from './chart-data';
import type { ChartId } from './chart-ids';
import type { FilterParam } from '../../domain/route-state/param-names';
import { ChartDataError, readChartData } from './read-chart-data';
import { readPublishedMeta } from '../../domain/publish/published-meta';
import { isRecord, optionalText } from '../../domain/publish/json-checks';

/**
 * One chart's data as the publish step writes it beside index.json (README, "Embeds"): a few
 * hundred bytes an embed reads instead of the index or the package.
 *
 *   embed/<chart>.json                   every project
 *   embed/<chart>/<param>-<value>.json   one filter, e.g. embed/status/kecamatan-babelan.json
 *
 * for each chart and each value of the filters below; any other combination is drawn from the
 * index, as the app does.
 */
export const EMBED_FORMAT = 'pantaubangun-embed';
export const EMBED_VERSION = 1;
export const EMBED_FOLDER = 'embed';

/** The filters a published file can answer, one at a time. */
export const PUBLISHED_FILTER_PARAMS = [
  'kecamatan',
  'kategori',
  'status',
  'sumber',
] as const satisfies readonly FilterParam[];
export type EmbedFilterParam = (typeof PUBLISHED_FILTER_PARAMS)[number];

export interface EmbedFilter {
  param: EmbedFilterParam;
  /** A slug, as in the URL ("tambun-selatan", "jalan", "apbd-p"). */
  value: string;
}

/** The package's facts (index.json's meta); the reader adds where the package is. */
export type EmbedMeta = Omit<DatasetMeta, 'sourceUrl'>;

export interface EmbedFile<C extends ChartId = ChartId> {
  format: typeof EMBED_FORMAT;
  version: typeof EMBED_VERSION;
  chart: C;
  meta: EmbedMeta;
  filter?: EmbedFilter;
  /** Names of the slugs in the filter, for its caption ("Kec. Tambun Selatan"). */
  names: CaptionNames;
  data: ChartDataMap[C];
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Where a chart's file is, relative to index.json; undefined when no file can exist for it. */
export function embedFilePath(chart: ChartId, filter?: EmbedFilter): string | undefined {
  if (!filter) return `${EMBED_FOLDER}/${chart}.json`;
  if (!SLUG.test(filter.value) || filter.value.length > 60) return undefined;
  return `${EMBED_FOLDER}/${chart}/${filter.param}-${filter.value}.json`;
}

function readMeta(chart: string, json: unknown): EmbedMeta {
  try {
    return readPublishedMeta(json, `embed/${chart}.json`);
  } catch (error) {
    throw new ChartDataError(chart, (error as Error).message);
  }
}

function readNames(chart: string, json: unknown): CaptionNames {
  if (json === undefined) return {};
  if (!isRecord(json)) throw new ChartDataError(chart, 'names');
  return { kecamatan: optionalText(json, 'kecamatan'), sumber: optionalText(json, 'sumber') };
}

/**
 * Reads a chart's file as fetched: its format, that it is the chart and filter asked for, its
 * provenance and its data, each checked. Anything else is refused whole (ChartDataError).
 */
export function decodeEmbedFile<C extends ChartId>(
  json: unknown,
  chart: C,
  filter: EmbedFilter | undefined,
): EmbedFile<C> {
  if (!isRecord(json) || json.format !== EMBED_FORMAT || json.version !== EMBED_VERSION)
    throw new ChartDataError(chart, `format: bukan ${EMBED_FORMAT} versi ${EMBED_VERSION}`);
  if (json.chart !== chart) throw new ChartDataError(chart, 'berkas grafik lain');
  const written = isRecord(json.filter) ? json.filter : undefined;
  if (written?.param !== filter?.param || written?.value !== filter?.value)
    throw new ChartDataError(chart, 'berkas filter lain');
  return {
    format: EMBED_FORMAT,
    version: EMBED_VERSION,
    chart,
    meta: readMeta(chart, json.meta),
    ...(filter && { filter }),
    names: readNames(chart, json.names),
    data: readChartData(chart, json.data),
  };
}
