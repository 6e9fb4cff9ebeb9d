import type { IndexFile } from './index-file';

/*
 * index.json's text, laid out so that a page can parse it a part at a time. At 10,000 projects the
 * file is 4.5 MB, and one JSON.parse of it (with the garbage it leaves) was the longest task of a
 * first visit: 150–250 ms on the bench's 2 cores, more on a phone. Written with one top-level
 * member and one column to a line, it is still plain JSON (any reader can parse it whole), and the
 * app parses it line by line, a few lines a task. The largest line, the geometry column, is about a
 * sixth of the file.
 */

const COLUMNS_LINE = '"columns":{';
const LAST_LINE = '}}';

/** `"key":value` for each member whose value JSON can write (as JSON.stringify skips undefined). */
function memberLines(record: object): string[] {
  return Object.entries(record).flatMap(([key, value]) => {
    const json = JSON.stringify(value) as string | undefined;
    return json === undefined ? [] : [`${JSON.stringify(key)}:${json}`];
  });
}

/**
 * The index file as text: JSON.parse of it gives exactly what JSON.parse(JSON.stringify(file))
 * gives. JSON text never holds a raw line break inside a string, so a line break is always between
 * members.
 */
export function indexToText(file: IndexFile): string {
  const { columns, ...head } = file;
  const top = memberLines(head).map((line) => `${line},`);
  const cols = memberLines(columns);
  return `{${[...top, COLUMNS_LINE, cols.join(',\n'), LAST_LINE].join('\n')}\n`;
}

/** One line's members, to be parsed; `columns` says which object they belong to. */
export interface IndexTextPart {
  text: string;
  columns: boolean;
}

/**
 * The parts of a text laid out by indexToText, each a small JSON object of its own, one at a time
 * (finding them is itself work: the page does it between other tasks). Returns true at the end if
 * the text had that layout; false, as soon as it is seen, for any other (an index written on one
 * line, by hand or by another tool), which is then parsed whole. The layout is checked strictly (a
 * comma after every member but the last column, nothing empty), so that parts that parse one by
 * one mean the whole text is JSON too, with the same members.
 */
export function* indexTextParts(text: string): Generator<IndexTextPart, boolean> {
  let columns = false;
  let members = 0;
  let lastHadComma = false;
  for (let from = 0; from < text.length;) {
    const newline = text.indexOf('\n', from);
    const end = newline < 0 ? text.length : newline;
    let content = text.slice(from, end);
    const first = from === 0;
    from = end + 1;
    if (first) {
      if (!content.startsWith('{')) return false;
      content = content.slice(1);
    }
    if (columns && content === LAST_LINE) return members > 0 && !lastHadComma && from >= text.length;
    if (!columns && content === COLUMNS_LINE) {
      if (members === 0) return false;
      columns = true;
      members = 0;
      continue;
    }
    // Every member but the last column is followed by a comma: the one before must have had one.
    if (members > 0 && columns && !lastHadComma) return false;
    lastHadComma = content.endsWith(',');
    if (!columns && !lastHadComma) return false;
    const body = lastHadComma ? content.slice(0, -1) : content;
    // `{}` parses, but an empty line between commas is no JSON.
    if (body.trim() === '') return false;
    members++;
    yield { text: `{${body}}`, columns };
  }
  return false;
}

/** Sets `key` as JSON.parse would: an own property, even `__proto__`. */
function setOwn(target: Record<string, unknown>, key: string, value: unknown) {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** A part as parsed: its members, and which object they belong to. */
export interface ParsedIndexPart {
  columns: boolean;
  members: unknown;
}

/** Puts parsed parts back together, as JSON.parse of the whole text builds it. */
export function joinIndexParts(parts: readonly ParsedIndexPart[]): unknown {
  const top: Record<string, unknown> = {};
  const columns: Record<string, unknown> = {};
  for (const part of parts) {
    const members = part.members as Record<string, unknown>;
    for (const key of Object.keys(members)) setOwn(part.columns ? columns : top, key, members[key]);
  }
  setOwn(top, 'columns', columns);
  return top;
}
