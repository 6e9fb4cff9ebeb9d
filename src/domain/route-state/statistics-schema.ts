import type { ParamCodec } from '../../lib/route-state/param-schema';
import type { BucketSort } from '../aggregate/breakdowns';
import type { StatisticsParam } from './param-names';

/**
 * The kecamatan chart's order in the address of /statistik (`urut-kecamatan`), so a shared link
 * reopens the chart in the order its sender chose. Its values are public too: never renamed.
 */
const SORT_OF_VALUE: Readonly<Record<string, BucketSort>> = {
  turun: 'value-desc',
  naik: 'value-asc',
  nama: 'name',
};

/** The default order (largest pagu first) is written as no parameter at all. */
export const DEFAULT_BUCKET_SORT: BucketSort = 'value-desc';

/** The order a parameter value asks for; an absent one gives the default, an unknown one `valid: false`. */
export function parseBucketSort(value: string | null): { sort: BucketSort; valid: boolean } {
  if (value === null || value.trim() === '') return { sort: DEFAULT_BUCKET_SORT, valid: true };
  const sort = SORT_OF_VALUE[value.trim().toLowerCase()];
  return sort ? { sort, valid: true } : { sort: DEFAULT_BUCKET_SORT, valid: false };
}

/** The parameter value for an order; undefined for the default, which the address leaves out. */
export function bucketSortValue(sort: BucketSort): string | undefined {
  if (sort === DEFAULT_BUCKET_SORT) return undefined;
  return Object.keys(SORT_OF_VALUE).find((value) => SORT_OF_VALUE[value] === sort);
}

/** /statistik's own parameters (STATISTICS_PARAMS), beside the shared filters. */
export const STATISTICS_SCHEMA = {
  'urut-kecamatan': {
    parse: (raw) => {
      const { sort, valid } = parseBucketSort(raw);
      return valid ? sort : undefined;
    },
    format: (sort) => bucketSortValue(sort) ?? '',
    blankIsAbsent: true,
  },
} satisfies { [K in StatisticsParam]-?: ParamCodec<BucketSort> };
