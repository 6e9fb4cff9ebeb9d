import { normalizeText } from './normalize';

/**
 * Slugs already made, by text. The same few names (funding sources, kecamatan, contractors) are
 * slugged for each of 10,000 rows when the filter bar lists its sources and when a filter runs;
 * normalizing each again cost a phone tens of milliseconds per pass. Cleared when it grows past
 * any real dataset's count of distinct names, so it cannot grow without bound.
 */
const made = new Map<string, string>();
const MAX_REMEMBERED = 20_000;

/** URL-safe names: "Cikarang Utara" -> "cikarang-utara", "APBD-P" -> "apbd-p". */
export function slugify(text: string): string {
  let slug = made.get(text);
  if (slug === undefined) {
    slug = normalizeText(text)
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '');
    if (made.size >= MAX_REMEMBERED) made.clear();
    made.set(text, slug);
  }
  return slug;
}
