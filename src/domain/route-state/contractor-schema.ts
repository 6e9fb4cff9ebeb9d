import { readParams, writeParams, type ParamCodec } from '../../lib/route-state/param-schema';
import {
  DEFAULT_SORT,
  firstDirection,
  isSortColumn,
  isSortDirection,
  type ContractorSort,
  type SortColumn,
  type SortDirection,
} from '../contractors/contractor-sort';
import { oneOfAnyCase } from './codecs';
import type { ContractorParam } from './param-names';

/** /kontraktor's own parameters (CONTRACTOR_PARAMS), beside the shared filters. */
export const CONTRACTOR_SCHEMA = {
  urut: oneOfAnyCase(isSortColumn),
  arah: oneOfAnyCase(isSortDirection),
} satisfies { [K in ContractorParam]-?: ParamCodec<SortColumn | SortDirection> };

export interface ParsedSort {
  sort: ContractorSort;
  /** `urut` or `arah` present but not understood: the page says so and uses the default. */
  ignored: ContractorParam[];
}

/** The sort from the URL; an unknown column or direction falls back to the default, with a notice. */
export function parseContractorSort(params: URLSearchParams): ParsedSort {
  const { values, ignored } = readParams(CONTRACTOR_SCHEMA, params);
  const urut = values.urut ?? DEFAULT_SORT.urut;
  // A column without a direction sorts the way its first click does.
  const arah = values.arah ?? (values.urut ? firstDirection(urut) : DEFAULT_SORT.arah);
  return { sort: { urut, arah }, ignored };
}

/** Writes the sort, leaving every other parameter; the default sort leaves the URL without either. */
export function writeContractorSort(params: URLSearchParams, sort: ContractorSort): URLSearchParams {
  const isDefault = sort.urut === DEFAULT_SORT.urut && sort.arah === DEFAULT_SORT.arah;
  return writeParams(CONTRACTOR_SCHEMA, params, isDefault ? { urut: undefined, arah: undefined } : sort);
}
