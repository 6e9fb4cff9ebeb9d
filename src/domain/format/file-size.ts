import type { Locale } from '../../lib/i18n/locale';
import { formatNumber } from './number';

/**
 * A file's size as people read it: "850 B", "48 kB", "1,2 MB" (decimal units, as browsers show).
 * Apart from number.ts, which every page loads: only /data shows file sizes.
 */
export function formatFileSize(bytes: number, locale: Locale = 'id'): string {
  if (bytes < 1000) return `${formatNumber(bytes, locale)} B`;
  const [value, unit] = bytes < 1e6 ? [bytes / 1e3, 'kB'] : [bytes / 1e6, 'MB'];
  return `${formatNumber(value, locale, value < 10 ? 1 : 0)} ${unit}`;
}
