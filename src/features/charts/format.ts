import { formatPercent, formatRupiahShort, type Locale } from '../../domain/format/number';

/** Tooltip and tick formatters: Recharts hands values over untyped. */
export const rupiahFormatter = (locale: Locale) => (value: unknown) =>
  typeof value === 'number' ? formatRupiahShort(value, locale) : String(value ?? '–');

export const percentFormatter = (locale: Locale) => (value: unknown) =>
  typeof value === 'number' ? formatPercent(value, locale) : '–';

/** Long data text (package titles) cut for an axis tick; the full text is in the table. */
export function shorten(text: string, max = 38): string {
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}

/** Share of a whole as "12,3 %", or "–" when the whole is zero. */
export function shareText(part: number, whole: number, locale: Locale): string {
  return whole > 0 ? formatPercent((part / whole) * 100, locale) : '–';
}
