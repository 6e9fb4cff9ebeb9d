/**
 * Every public query parameter of the app, per route: the share contract (README, "URL
 * parameters"). Shared links and embeds depend on these names, so they never change meaning.
 *
 * This file has no imports, so the embeds and the build's early page script can name parameters
 * without loading their parsers. Each route's codecs are in route-schemas.ts, typed by these lists:
 * a name removed here fails the type check in the schema and wherever code reads it.
 */

/** The shared filters, on every page that lists projects. */
export const FILTER_PARAMS = ['kecamatan', 'kategori', 'status', 'sumber', 'tanda', 'q'] as const;
export type FilterParam = (typeof FILTER_PARAMS)[number];

/** The map page's view: selection, map position, colouring, choropleth, list order, phone tab. */
export const HOME_PARAMS = ['proyek', 'peta', 'warna', 'sebaran', 'urut', 'tampil'] as const;
export type HomeParam = (typeof HOME_PARAMS)[number];

/** /statistik: the kecamatan chart's order. */
export const STATISTICS_PARAMS = ['urut-kecamatan'] as const;
export type StatisticsParam = (typeof STATISTICS_PARAMS)[number];

/** /kontraktor: the table's sort column and direction. */
export const CONTRACTOR_PARAMS = ['urut', 'arah'] as const;
export type ContractorParam = (typeof CONTRACTOR_PARAMS)[number];

/**
 * /presentasi: the slide (1-based), auto-advance seconds, which kecamatan get slides, the
 * presenter window and the printable handout.
 */
export const DECK_PARAMS = ['slide', 'auto', 'slide-kecamatan', 'penyaji', 'cetak'] as const;
export type DeckParam = (typeof DECK_PARAMS)[number];

/** The project a shared link or an embed shows, beside its filters. */
export const PROJECT_PARAM = 'proyek' satisfies HomeParam;

/**
 * What a shared link or an embed carries, in its stable order: the filters and the project. UI
 * state (map position, tabs) and anything else in the address stay behind.
 */
export const SHARE_PARAMS = [...FILTER_PARAMS, PROJECT_PARAM] as const;

/** The filters an embed's address carries (signals are not offered in embeds). */
export const EMBED_FILTER_PARAMS = [
  'kecamatan',
  'kategori',
  'status',
  'sumber',
  'q',
] as const satisfies readonly FilterParam[];

export type RouteParam = FilterParam | HomeParam | StatisticsParam | ContractorParam | DeckParam;

/** A parameter's value, trimmed; undefined when absent or blank. */
export function paramText(params: URLSearchParams, name: RouteParam): string | undefined {
  return params.get(name)?.trim() || undefined;
}

/** Parameters for a link, in the order given; an undefined or empty value is left out. */
export function linkParams(values: Partial<Record<RouteParam, string>>): URLSearchParams {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(values)) if (value) params.set(name, value);
  return params;
}
