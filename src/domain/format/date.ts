import type { Locale } from './number';

const formats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(locale: Locale, style: 'long' | 'short'): Intl.DateTimeFormat {
  const key = `${locale}:${style}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale === 'id' ? 'id-ID' : 'en-GB', {
      day: 'numeric',
      month: style === 'long' ? 'long' : 'short',
      year: 'numeric',
      timeZone: 'UTC',
    });
    formats.set(key, format);
  }
  return format;
}

/** "2 Februari 2023" (long) or "2 Feb 2023" (short) from an ISO yyyy-mm-dd date. */
export function formatDate(
  isoDate: string | undefined,
  locale: Locale = 'id',
  style: 'long' | 'short' = 'long',
) {
  if (!isoDate) return '–';
  const date = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? '–' : dateFormat(locale, style).format(date);
}
