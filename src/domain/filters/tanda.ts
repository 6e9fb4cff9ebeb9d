import { isSignalSlug, SIGNALS, type SignalSlug } from '../integrity/signals';

/**
 * The `tanda` filter's value: comma-separated signal slugs. Apart from filters.ts, so a caption
 * (every embed draws one) names the signals without loading the rules that assess them.
 */

/** The signals a `tanda` value names, known ones only, in the order of SIGNALS. */
export function signalsOf(tanda: string | undefined): SignalSlug[] {
  if (!tanda) return [];
  const asked = new Set(tanda.split(',').map((slug) => slug.trim().toLowerCase()));
  return SIGNALS.filter((slug) => asked.has(slug));
}

/** The canonical `tanda` value, or undefined when it names no known signal. */
export function tandaValue(slugs: readonly string[]): string | undefined {
  const known = signalsOf(slugs.filter(isSignalSlug).join(','));
  return known.length ? known.join(',') : undefined;
}
