import type { Category } from '../project/types';
import type { Filters, StatusFilter } from './filters';
import { signalsOf } from './tanda';
import type { SignalSlug } from '../integrity/signals';

/** The words a caption needs, in the reader's language: the UI owns its labels, so it passes them. */
export interface CaptionLabels {
  kategori: Readonly<Record<Category, string>>;
  status: Readonly<Record<StatusFilter, string>>;
  /** "Kec. Tambun Selatan" from a kecamatan's name. */
  kecamatan: (name: string) => string;
  /** The integrity signals, e.g. "Tanda: Satu penawar atau Dekat HPS". */
  signals: (names: string[]) => string;
  signal: Readonly<Record<SignalSlug, string>>;
  /** The free-text search, e.g. "pencarian “jalan raya”". */
  search: (query: string) => string;
}

/** Display names of the slugs in the filters, from the data (the caption never guesses one). */
export interface CaptionNames {
  kecamatan?: string;
  sumber?: string;
}

/** "tambun-selatan" → "Tambun Selatan": only when the caller has no name for the slug. */
const wordsOf = (slug: string) =>
  slug
    .split('-')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(' ');

/**
 * Which filters a chart, embed, PNG or slide was drawn from, one part per filter, in a fixed order
 * (kategori, status, sumber, signals, kecamatan, search): ["Jalan", "Kec. Tambun Selatan"]. Empty without
 * a filter. Pure, so every view that draws a filtered figure says the same thing.
 */
export function filterCaptionParts(filters: Filters, names: CaptionNames, labels: CaptionLabels): string[] {
  const parts: string[] = [];
  if (filters.kategori) parts.push(labels.kategori[filters.kategori]);
  if (filters.status) parts.push(labels.status[filters.status]);
  if (filters.sumber) parts.push(names.sumber ?? filters.sumber.toUpperCase());
  const signals = signalsOf(filters.tanda);
  if (signals.length) parts.push(labels.signals(signals.map((slug) => labels.signal[slug])));
  if (filters.kecamatan) parts.push(labels.kecamatan(names.kecamatan ?? wordsOf(filters.kecamatan)));
  const query = filters.q?.trim();
  if (query) parts.push(labels.search(query));
  return parts;
}

/** The parts as one line, "Jalan · Kec. Tambun Selatan"; "" without a filter. */
export function filterCaption(filters: Filters, names: CaptionNames, labels: CaptionLabels): string {
  return filterCaptionParts(filters, names, labels).join(' · ');
}
