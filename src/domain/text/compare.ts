/** Letters, digits and spaces: where code-point order is the collation's order. */
const PLAIN = /^[A-Za-z0-9 ]*$/;

/**
 * Alphabetical order for names, as Indonesian readers expect it (case and accents aside). Plain
 * names are compared directly: on the first screen, an Intl collator for 'id' costs a phone tens
 * of milliseconds to create; other names go to localeCompare.
 */
export function compareNames(a: string, b: string): number {
  if (PLAIN.test(a) && PLAIN.test(b)) {
    const x = a.toLowerCase();
    const y = b.toLowerCase();
    if (x !== y) return x < y ? -1 : 1;
    // Same letters: lower case first, as the Unicode collation orders them.
    return a > b ? -1 : a < b ? 1 : 0;
  }
  return a.localeCompare(b, 'id');
}
