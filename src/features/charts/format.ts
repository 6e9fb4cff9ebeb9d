import { TICK_STYLE } from '../../components/chart-card/palette';
import { formatPercent, formatPoints, formatRupiahShort, type Locale } from '../../domain/format/number';

/** Tooltip and tick formatters: Recharts hands values over untyped. */
export const rupiahFormatter = (locale: Locale) => (value: unknown) =>
  typeof value === 'number' ? formatRupiahShort(value, locale) : String(value ?? '–');

export const percentFormatter = (locale: Locale) => (value: unknown) =>
  typeof value === 'number' ? formatPercent(value, locale) : '–';

export const pointsFormatter = (locale: Locale) => (value: unknown) =>
  typeof value === 'number' ? formatPoints(value, locale) : String(value);

/** Average width of a character of the 12 px axis labels, px. */
const LABEL_CHAR_PX = TICK_STYLE.fontSize * 0.58;

/**
 * The room the category names get at a chart's width: at most `share` of it and `labelWidth` px,
 * and the characters a line of that holds (at most `maxChars`).
 */
export function nameRoom(
  width: number,
  share: number,
  labelWidth: number,
  maxChars = Infinity,
): { names: number; maxChars: number } {
  const names = Math.min(labelWidth, Math.round(width * share));
  return { names, maxChars: Math.min(maxChars, Math.floor((names - 8) / LABEL_CHAR_PX)) };
}

/** Long data text (package titles) cut for an axis tick; the full text is in the table. */
function shorten(text: string, max = 38): string {
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}

/** Share of a whole as "12,3 %", or "–" when the whole is zero. */
export function shareText(part: number, whole: number, locale: Locale): string {
  return whole > 0 ? formatPercent((part / whole) * 100, locale) : '–';
}

/**
 * Room, px, right of the longest bar for its value label (position "right", 5 px from the bar):
 * about 0.62 em a character, so the label never runs out of the drawing and no bar is shortened
 * to make room for one.
 */
export function valueLabelRoom(texts: readonly string[], fontSize: number): number {
  const longest = texts.reduce((max, text) => Math.max(max, text.length), 0);
  return Math.ceil(longest * fontSize * 0.62) + 10;
}

/**
 * How many values the bottom axis names: one per 72 px of plot at most, so they never crowd. Every
 * one is drawn (interval 0): Recharts need not measure the labels to drop some, which cost a page
 * layout per label, and the build's drawing (which cannot measure) names the same ones.
 */
export const valueTickCount = (plotWidth: number) => Math.max(2, Math.min(5, Math.floor(plotWidth / 72) + 1));

/**
 * The name axis of a horizontal bar chart: every name shown (interval 0), cut to what its width
 * holds, drawn as plain text. Spread into Recharts' YAxis.
 */
export function nameAxisProps(width: number, maxChars: number, stroke: string) {
  return {
    type: 'category' as const,
    dataKey: 'label',
    width,
    tickFormatter: (label: string) => shorten(label, maxChars),
    stroke,
    interval: 0,
  };
}

/**
 * Where a line of at most `maxChars` ends: at its last space, or after its last slash or hyphen
 * ("Persiapan/" then "pemilihan", not "Persiapan/pemiliha" then "n"); mid-word only when a word is
 * longer than the line.
 */
function lineEnd(text: string, maxChars: number): number {
  for (let at = Math.min(maxChars, text.length - 1); at > 0; at--) {
    if (text[at] === ' ' || text[at - 1] === '/' || text[at - 1] === '-') return at;
  }
  return maxChars;
}

/**
 * A name on at most `maxLines` lines of `maxChars`, broken between words (a word longer than a line
 * is cut); what does not fit ends the last line with "…". The full name is in the table.
 */
export function wrapName(text: string, maxChars: number, maxLines = 2): string[] {
  const lines: string[] = [];
  let rest = text.trim();
  while (rest && lines.length < maxLines - 1 && rest.length > maxChars) {
    const at = lineEnd(rest, maxChars);
    lines.push(rest.slice(0, at).trimEnd());
    rest = rest.slice(at).trimStart();
  }
  if (rest) lines.push(shorten(rest, maxChars));
  return lines;
}
