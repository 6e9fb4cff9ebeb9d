import { paramsOf, readParams, writeParams, type ParamCodec } from '../../lib/route-state/param-schema';
import { isCategory, isStatusFilter, tandaValue, type Filters } from '../filters/filters';
import { kecamatanBySlugName } from '../geo/regions';
import { oneOfAnyCase } from './codecs';
import { FILTER_PARAMS, type FilterParam } from './param-names';

const MAX_QUERY_LENGTH = 200;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Several signal slugs, comma-separated, in any case; an unknown one is dropped and reported. */
function signalSlugs(raw: string): string[] {
  return raw
    .toLowerCase()
    .split(',')
    .map((slug) => slug.trim())
    .filter(Boolean);
}

/** The shared filters' parameters (FILTER_PARAMS), read the same on every page. */
export const FILTER_SCHEMA = {
  kecamatan: {
    parse: (raw) => (kecamatanBySlugName(raw.toLowerCase()) ? raw.toLowerCase() : undefined),
    format: (slug) => slug,
  },
  kategori: oneOfAnyCase(isCategory),
  status: oneOfAnyCase(isStatusFilter),
  sumber: {
    parse: (raw) => (SLUG.test(raw.toLowerCase()) && raw.length <= 40 ? raw.toLowerCase() : undefined),
    format: (slug) => slug,
  },
  tanda: {
    parse: (raw) => tandaValue(signalSlugs(raw)),
    format: (tanda) => tanda,
    // The known signals still apply; the unknown ones are reported.
    whole: (raw, tanda) => tanda.split(',').length >= new Set(signalSlugs(raw)).size,
  },
  q: {
    parse: (raw) => raw.slice(0, MAX_QUERY_LENGTH),
    format: (query) => query,
    blankIsAbsent: true,
  },
} satisfies { [K in FilterParam]-?: ParamCodec<NonNullable<Filters[K]>> };

export interface ParsedFilters {
  filters: Filters;
  /** Parameters that were present but not understood; the page shows a small notice. */
  ignored: string[];
}

/**
 * Reads filters from query parameters. `known` lists the other parameters the page understands
 * (e.g. `proyek`, `peta`); anything else is reported as ignored, never thrown.
 */
export function parseFilters(params: URLSearchParams, known: readonly string[] = []): ParsedFilters {
  const { values, ignored } = readParams(FILTER_SCHEMA, params);
  const understood = new Set<string>([...FILTER_PARAMS, ...known]);
  const unknown = [...params.keys()].filter((name) => !understood.has(name));
  return { filters: values, ignored: [...new Set<string>([...ignored, ...unknown])] };
}

/** Writes filters into parameters in a stable order, leaving the others as they are. */
export const writeFilters = (params: URLSearchParams, filters: Filters): URLSearchParams =>
  writeParams(FILTER_SCHEMA, params, Object.fromEntries(FILTER_PARAMS.map((name) => [name, filters[name]])));

/** The filters alone as parameters, in the stable order: for links, and as a comparable key. */
export const filterParams = (filters: Filters): URLSearchParams => paramsOf(FILTER_SCHEMA, filters);
