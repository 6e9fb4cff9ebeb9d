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

/** True when every word of the query appears in the text; spaces inside names are optional. */
export function matchesQuery(haystackKey: string, query: string): boolean {
  const words = searchKey(query).split(' ').filter(Boolean);
  if (words.length === 0) return true;
  const squashed = haystackKey.replace(/ /g, '');
  return words.every((word) => haystackKey.includes(word) || squashed.includes(word));
}
