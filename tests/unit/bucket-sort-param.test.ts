import { describe, expect, it } from 'vitest';
import {
  DEFAULT_BUCKET_SORT,
  bucketSortValue,
  parseBucketSort,
} from '../../src/domain/route-state/statistics-schema';
import type { BucketSort } from '../../src/domain/aggregate/breakdowns';

describe('the kecamatan chart order in the address', () => {
  it('reads each public value, and no value as the default order', () => {
    expect(parseBucketSort(null)).toEqual({ sort: 'value-desc', valid: true });
    expect(parseBucketSort('')).toEqual({ sort: 'value-desc', valid: true });
    expect(parseBucketSort('turun')).toEqual({ sort: 'value-desc', valid: true });
    expect(parseBucketSort('naik')).toEqual({ sort: 'value-asc', valid: true });
    expect(parseBucketSort(' Nama ')).toEqual({ sort: 'name', valid: true });
  });

  it('reports an unknown value and falls back to the default order', () => {
    expect(parseBucketSort('acak')).toEqual({ sort: DEFAULT_BUCKET_SORT, valid: false });
    expect(parseBucketSort('<b>x</b>')).toEqual({ sort: DEFAULT_BUCKET_SORT, valid: false });
  });

  it('writes the default as no parameter, and every other order so that it reads back', () => {
    expect(bucketSortValue('value-desc')).toBeUndefined();
    for (const sort of ['value-asc', 'name'] as BucketSort[]) {
      const value = bucketSortValue(sort);
      expect(value).toBeDefined();
      expect(parseBucketSort(value!).sort).toBe(sort);
    }
  });
});
