import { writeParams, type ParamCodec } from '../../lib/route-state/param-schema';
import type { Filters } from '../filters/filters';
import { DECK_PARAMS, FILTER_PARAMS, type DeckParam, type FilterParam } from './param-names';

export { DECK_PARAMS };

/**
 * The deck's URL contract: `slide` (1-based, what the audience sees), `auto` (seconds between
 * slides on a lobby screen), `slide-kecamatan` (which kecamatan get slides: slugs, comma-separated,
 * "semua" or "tidak"), `penyaji` (the presenter window) and `cetak` (the printable handout).
 * The shared filters (`kategori`, `status`, `sumber`, `tanda`, `q`) choose the projects the deck
 * presents, as on every page. `kecamatan` is the filter too, one kecamatan carried over from the
 * map, but here it picks that kecamatan's slide (deckFilters).
 */
export const SLIDE_PARAM = 'slide' satisfies DeckParam;
export const AUTO_PARAM = 'auto' satisfies DeckParam;
const KECAMATAN_PARAM = 'kecamatan' satisfies FilterParam;
const KECAMATAN_SLIDES_PARAM = 'slide-kecamatan' satisfies DeckParam;
export const PRESENTER_PARAM = 'penyaji' satisfies DeckParam;
export const HANDOUT_PARAM = 'cetak' satisfies DeckParam;
export const ALL_KECAMATAN = 'semua';
/** No kecamatan section at all. */
export const NO_KECAMATAN = 'tidak';

/** Which kecamatan get slides, as asked: the deck's own parameter, else the kecamatan filter. */
export function kecamatanSlidesFrom(search: URLSearchParams): string | null {
  return search.get(KECAMATAN_SLIDES_PARAM) ?? search.get(KECAMATAN_PARAM);
}

/**
 * The filters the deck presents by: every shared filter but `kecamatan`, which picks the kecamatan
 * slide. A map filtered on roads opens a deck of the roads; one filtered on a kecamatan opens the
 * programme with that kecamatan's slide.
 */
export function deckFilters(filters: Filters): Filters {
  const presented = { ...filters };
  delete presented.kecamatan;
  return presented;
}

/**
 * The same search without the filters the deck presents by: the whole programme, from its first
 * slide (its slides are not the filtered deck's: slide 8 of one is not slide 8 of the other).
 */
export function withoutDeckFilters(search: URLSearchParams): URLSearchParams {
  const next = new URLSearchParams(search);
  for (const name of FILTER_PARAMS) if (name !== KECAMATAN_PARAM) next.delete(name);
  next.delete(SLIDE_PARAM);
  return next;
}

/**
 * Links made before the deck had its own parameter put lists in the filter's: `kecamatan=semua`,
 * `tidak` or `a,b`. Returns the same search with such a value moved to `slide-kecamatan`, or
 * undefined when there is nothing to move (a single slug is the filter, and stays).
 */
export function withLegacyKecamatanMoved(search: URLSearchParams): URLSearchParams | undefined {
  const value = search.get(KECAMATAN_PARAM);
  if (value === null || search.has(KECAMATAN_SLIDES_PARAM)) return undefined;
  const lowered = value.trim().toLowerCase();
  if (lowered !== ALL_KECAMATAN && lowered !== NO_KECAMATAN && !lowered.includes(',')) return undefined;
  const next = new URLSearchParams(search);
  next.delete(KECAMATAN_PARAM);
  next.set(KECAMATAN_SLIDES_PARAM, value);
  return next;
}

/** Shorter than this a lobby screen flickers; longer than ten minutes it is not advancing. */
const AUTO_MIN_SECONDS = 5;
const AUTO_MAX_SECONDS = 600;

/** 0-based index of the slide a `slide` value asks for, kept inside the deck. */
export function slideIndexFromParam(value: string | null, total: number): number {
  if (total <= 0) return 0;
  const n = value === null ? NaN : Number.parseInt(value, 10);
  if (!Number.isFinite(n)) return 0;
  return clampIndex(n - 1, total);
}

export function clampIndex(index: number, total: number): number {
  if (total <= 0) return 0;
  return Math.min(Math.max(0, Math.trunc(index)), total - 1);
}

/** Seconds between slides, or undefined when auto-advance is off or the value is not a number. */
export function autoSecondsFromParam(value: string | null): number | undefined {
  if (value === null || value.trim() === '') return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) return undefined;
  return Math.min(AUTO_MAX_SECONDS, Math.max(AUTO_MIN_SECONDS, Math.round(n)));
}

/** A flag parameter is on unless absent or explicitly "0"/"false". */
export function flagFromParam(value: string | null): boolean {
  return value !== null && value !== '0' && value.toLowerCase() !== 'false';
}

/** The same search string with `slide` set to the 1-based number of `index` (other params kept). */
export const withSlide = (search: URLSearchParams, index: number): URLSearchParams =>
  writeParams(DECK_SCHEMA, search, { slide: index + 1 });

const flag: ParamCodec<boolean> = { parse: flagFromParam, format: (on) => (on ? '1' : '') };

/**
 * The deck's own parameters as a schema (DECK_PARAMS), beside the shared filters. The first slide
 * and an off flag are written as no parameter at all.
 */
export const DECK_SCHEMA = {
  slide: {
    parse: (raw) => {
      const n = Number.parseInt(raw, 10);
      return Number.isFinite(n) ? n : undefined;
    },
    format: (n) => (n > 1 ? String(n) : ''),
  } satisfies ParamCodec<number>,
  auto: { parse: autoSecondsFromParam, format: String } satisfies ParamCodec<number>,
  'slide-kecamatan': { parse: (raw) => raw, format: (value) => value } satisfies ParamCodec<string>,
  penyaji: flag,
  cetak: flag,
} satisfies { [K in DeckParam]-?: ParamCodec<unknown> };
