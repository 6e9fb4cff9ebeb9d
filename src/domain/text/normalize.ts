/**
 * Folds text for search and name matching: lower case, no accents, single spaces. Indonesian
 * spellings vary in spacing ("Karang Bahagia"), old spelling ("dj" for "j", "oe" for "u") and
 * abbreviations ("Jl." for "Jalan"), so `searchKey` folds those too.
 */
export function normalizeText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

const ABBREVIATIONS: [RegExp, string][] = [
  [/\bjl\.?\s*/g, 'jalan '],
  [/\bjln\.?\s*/g, 'jalan '],
  [/\bkp\.?\s*/g, 'kampung '],
  [/\bds\.?\s*/g, 'desa '],
  [/\bkec\.?\s*/g, 'kecamatan '],
  [/\bkab\.?\s*/g, 'kabupaten '],
];

export function searchKey(text: string): string {
  let key = normalizeText(text);
  for (const [pattern, replacement] of ABBREVIATIONS) key = key.replace(pattern, replacement);
  return key
    .replace(/dj/g, 'j')
    .replace(/oe/g, 'u')
    .replace(/[^a-z0-9 ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * What free-text search scans: the folded text, then the same without spaces, so that "karang
 * bahagia" and "karangbahagia" both find "Karang Bahagia". One string, scanned once per query word
 * (a query word has no "|", so no match spans the two halves). Made once per project when the data
 * loads: folding 10,000 keys per keystroke cost ten times the search itself.
 */
export function searchHaystack(text: string): string {
  const key = searchKey(text);
  const haystack = `${key}|${key.replace(/ /g, '')}`;
  // Scanning once makes V8 store the string flat now, not on the first keystroke.
  haystack.indexOf('\u0000');
  return haystack;
}

/** The query as words to look for, folded like the haystack. */
export function queryWords(query: string): string[] {
  return searchKey(query).split(' ').filter(Boolean);
}

/** True when every word of the query appears in the haystack (see searchHaystack). */
export function matchesQuery(haystack: string, query: string): boolean {
  return queryWords(query).every((word) => haystack.includes(word));
}
