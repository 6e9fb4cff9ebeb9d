import type { Filters } from '../filters/filters';
import { FILTER_PARAMS } from '../route-state/param-names';
import { slugify } from '../text/slug';

/**
 * "pantaubangun-2023-12-29-kecamatan-babelan-status-kritis.csv": the name says what is inside,
 * and "-contoh" when it is sample data, so a file that travels alone is never taken for the real.
 */
export function exportFileName(asOf: string, filters: Filters, extension: string, isSample = false): string {
  const parts = FILTER_PARAMS.flatMap((name) => {
    const value = filters[name];
    return value ? [`${name}-${slugify(value).slice(0, 40)}`] : [];
  });
  const name = ['pantaubangun', ...(isSample ? ['contoh'] : []), asOf, ...(parts.length ? parts : ['semua'])];
  return `${name.join('-')}.${extension}`;
}

/** The filter as plain name → value pairs, recorded in the OC4IDS download. */
export function filterRecord(filters: Filters): Record<string, string> {
  return Object.fromEntries(FILTER_PARAMS.flatMap((name) => (filters[name] ? [[name, filters[name]]] : [])));
}
