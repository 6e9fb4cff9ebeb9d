/**
 * The Unicode collation's (CLDR root, which Indonesian uses as it is) primary order of printable
 * ASCII: spaces, punctuation, symbols, digits, letters. Names in it are compared here directly: on
 * the first screen an Intl collator for 'id' costs a phone tens of milliseconds to set up.
 */
const ASCII_ORDER = ' _-,;:!?.\'"()[]{}@*/\\&#%`^+<=>|~$0123456789abcdefghijklmnopqrstuvwxyz';
const WEIGHT = new Map([...ASCII_ORDER].map((char, i) => [char, i]));
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** Made on the first name outside ASCII, then kept: localeCompare(b, 'id') sets one up per call. */
let collator: Intl.Collator | undefined;

/**
 * Alphabetical order for names, as Indonesian readers expect it (case and accents aside): the
 * same order as Intl.Collator('id'), which tests/unit/compare-names.test.ts checks.
 */
export function compareNames(a: string, b: string): number {
  if (PRINTABLE_ASCII.test(a) && PRINTABLE_ASCII.test(b)) {
    const x = a.toLowerCase();
    const y = b.toLowerCase();
    const shorter = Math.min(x.length, y.length);
    for (let i = 0; i < shorter; i++) {
      const difference = WEIGHT.get(x[i]!)! - WEIGHT.get(y[i]!)!;
      if (difference !== 0) return difference < 0 ? -1 : 1;
    }
    if (x.length !== y.length) return x.length < y.length ? -1 : 1;
    // Same letters: lower case first, as the collation's third level orders them.
    return a > b ? -1 : a < b ? 1 : 0;
  }
  collator ??= new Intl.Collator('id');
  return collator.compare(a, b);
}

/**
 * Plain code-unit order, for identifiers and ISO dates, where it is the intended order. Unlike
 * localeCompare it needs no collator: the first localeCompare on a phone costs tens of
 * milliseconds, and a sort calls it hundreds of times.
 */
export function compareCodes(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
