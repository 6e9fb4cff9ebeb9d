import { kecamatanBySlugName } from '../geo/regions';
import { isCategory, isStatusFilter, tandaValue, type Filters } from './filters';

/**
 * The URL is the share contract. These parameter names are public: shared links and embeds depend
 * on them, so they never change meaning (README, "URL parameters").
 */
export const FILTER_PARAMS = ['kecamatan', 'kategori', 'status', 'sumber', 'tanda', 'q'] as const;

export interface ParsedFilters {
  filters: Filters;
  /** Parameters that were present but not understood; the page shows a small notice. */
  ignored: string[];
}

const MAX_QUERY_LENGTH = 200;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Reads filters from query parameters. `known` lists the other parameters the page understands
 * (e.g. `proyek`, `peta`); anything else is reported as ignored, never thrown.
 */
export function parseFilters(params: URLSearchParams, known: readonly string[] = []): ParsedFilters {
  const filters: Filters = {};
  const ignored: string[] = [];
  for (const [name, rawValue] of params) {
    const value = rawValue.trim();
    switch (name) {
      case 'kecamatan':
        if (kecamatanBySlugName(value.toLowerCase())) filters.kecamatan = value.toLowerCase();
        else ignored.push(name);
        break;
      case 'kategori':
        if (isCategory(value.toLowerCase())) filters.kategori = value.toLowerCase() as Filters['kategori'];
        else ignored.push(name);
        break;
      case 'status':
        if (isStatusFilter(value.toLowerCase())) filters.status = value.toLowerCase() as Filters['status'];
        else ignored.push(name);
        break;
      case 'sumber':
        if (SLUG.test(value.toLowerCase()) && value.length <= 40) filters.sumber = value.toLowerCase();
        else ignored.push(name);
        break;
      case 'tanda': {
        // Several slugs, comma-separated; an unknown one is reported, the known ones still apply.
        const slugs = value
          .toLowerCase()
          .split(',')
          .map((slug) => slug.trim())
          .filter(Boolean);
        const tanda = tandaValue(slugs);
        if (tanda) filters.tanda = tanda;
        if (!tanda || tanda.split(',').length < new Set(slugs).size) ignored.push(name);
        break;
      }
      case 'q':
        if (value) filters.q = value.slice(0, MAX_QUERY_LENGTH);
        break;
      default:
        if (!known.includes(name)) ignored.push(name);
    }
  }
  return { filters, ignored: [...new Set(ignored)] };
}

/** Writes filters into parameters in a stable order, leaving the others as they are. */
export function writeFilters(params: URLSearchParams, filters: Filters): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const name of FILTER_PARAMS) {
    const value = filters[name];
    if (value) next.set(name, value);
    else next.delete(name);
  }
  return next;
}

/** The filters alone as parameters, in the stable order: for links, and as a comparable key. */
export const filterParams = (filters: Filters): URLSearchParams =>
  writeFilters(new URLSearchParams(), filters);
