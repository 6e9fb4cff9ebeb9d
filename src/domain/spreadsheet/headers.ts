import { cellText, type Cell } from './cell';
import { FIELDS, type FieldKey } from './fields';
import { fold } from './vocabulary';

const UNIT = /^(rp|persen|pct|m|meter)$/;

function headerWords(header: string): string[] {
  return header
    .toLowerCase()
    .replace(/%/g, ' persen ')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/**
 * Header text to comparison keys. `full` keeps units ("Realisasi keuangan (Rp)" and "Realisasi
 * keuangan (%)" are different columns); `bare` drops brackets and trailing unit words, so that
 * "PAGU (Rp)", "pagu_rp" and "Pagu" are all "pagu". Case, spaces and punctuation never matter.
 */
function headerKeys(header: string): { full: string; bare: string } {
  const full = fold(headerWords(header).join(' '));
  const words = headerWords(header.replace(/\([^)]*\)/g, ' '));
  while (words.length > 1 && UNIT.test(words.at(-1)!)) words.pop();
  return { full, bare: fold(words.join(' ')) };
}

const BY_FULL = new Map<string, FieldKey>();
const BY_BARE = new Map<string, FieldKey>();
const claim = (map: Map<string, FieldKey>, key: string, field: FieldKey) => {
  if (!map.has(key)) map.set(key, field);
};
const NAMES = FIELDS.flatMap((field) =>
  [field.header, field.headerEn, field.key, ...field.aliases].map((name) => ({
    field: field.key,
    ...headerKeys(name),
  })),
);
// Names without a unit claim their bare key first, so a unit-stripped "realisasi keuangan (%)" can
// never take the key of the plain "realisasi keuangan".
for (const name of NAMES) claim(BY_FULL, name.full, name.field);
for (const name of NAMES) if (name.full === name.bare) claim(BY_BARE, name.bare, name.field);
for (const name of NAMES) claim(BY_BARE, name.bare, name.field);

export function matchHeader(header: Cell): FieldKey | undefined {
  const { full, bare } = headerKeys(cellText(header));
  if (!full) return undefined;
  return BY_FULL.get(full) ?? BY_BARE.get(bare);
}

/** Column index → field, or undefined for a column that is ignored. */
export type ColumnMapping = (FieldKey | undefined)[];

/**
 * Maps columns to fields by their headers. When two columns claim one field the first wins and the
 * second is left unmapped (and listed), so nothing is read twice.
 */
export function autoMapColumns(headers: readonly Cell[]): ColumnMapping {
  const taken = new Set<FieldKey>();
  return headers.map((header) => {
    const field = matchHeader(header);
    if (!field || taken.has(field)) return undefined;
    taken.add(field);
    return field;
  });
}

/**
 * The header row: the first of the top 20 rows where at least two cells name a known column (many
 * Dinas sheets carry a title and a blank row above the table). Undefined when no row qualifies.
 */
export function findHeaderRow(table: readonly (readonly Cell[])[]): number | undefined {
  for (let i = 0; i < Math.min(20, table.length); i++) {
    const matches = new Set(table[i]!.map(matchHeader).filter(Boolean));
    if (matches.size >= 2) return i;
  }
  return undefined;
}

/** "A", "B", … "Z", "AA": the column letter people see in Excel. */
export function columnLetter(index: number): string {
  let letter = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    letter = String.fromCharCode(65 + ((n - 1) % 26)) + letter;
  return letter;
}
