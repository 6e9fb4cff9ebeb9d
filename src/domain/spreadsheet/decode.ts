/**
 * CSV bytes to text. Excel's "CSV UTF-8" adds a byte-order mark; its plain "CSV" is written in the
 * Windows code page (1252 on Indonesian Windows). UTF-8 is tried strictly first, so a 1252 file is
 * never silently garbled; the caller is told which encoding was used.
 */
export function decodeCsvBytes(bytes: Uint8Array): { text: string; encoding: 'utf-8' | 'windows-1252' } {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { text: text.replace(/^\uFEFF/, ''), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}

/** Delimiters a Dinas CSV may use: ";" (Indonesian Excel), "," and tab. Papaparse picks one. */
const CSV_DELIMITERS = [';', ',', '\t', '|'];

export type FileKind = 'csv' | 'xlsx' | 'unsupported';

/** By extension, then by the ZIP signature of XLSX files ("PK"). Old .xls files are not readable. */
export function fileKind(name: string, firstBytes?: Uint8Array): FileKind {
  const lower = name.toLowerCase();
  if (lower.endsWith('.xlsx')) return 'xlsx';
  if (lower.endsWith('.csv') || lower.endsWith('.txt')) return 'csv';
  if (firstBytes && firstBytes[0] === 0x50 && firstBytes[1] === 0x4b) return 'xlsx';
  return 'unsupported';
}

/** Counts a delimiter outside double quotes. */
function fieldsIn(line: string, delimiter: string): number {
  let fields = 1;
  let quoted = false;
  for (const char of line) {
    if (char === '"') quoted = !quoted;
    else if (char === delimiter && !quoted) fields++;
  }
  return fields;
}

/**
 * The delimiter that splits the first lines most consistently: Indonesian CSVs use ";" and have
 * unquoted decimal commas ("85,5") in their rows, which fools simple counting. Score = how many of
 * the first 20 lines share the most common field count × that count.
 */
export function detectDelimiter(text: string): string {
  const lines = text
    .split(/\r\n|\n|\r/, 40)
    .filter((l) => l.trim() !== '')
    .slice(0, 20);
  let best = CSV_DELIMITERS[0]!;
  let bestScore = 0;
  for (const delimiter of CSV_DELIMITERS) {
    const counts = new Map<number, number>();
    for (const line of lines) {
      const n = fieldsIn(line, delimiter);
      if (n > 1) counts.set(n, (counts.get(n) ?? 0) + 1);
    }
    for (const [fields, lineCount] of counts) {
      const score = lineCount * (fields - 1);
      if (score > bestScore) {
        best = delimiter;
        bestScore = score;
      }
    }
  }
  return best;
}
