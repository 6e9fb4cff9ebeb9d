import type { Locale } from './number';

/**
 * Month names as Intl writes them for id-ID and en-GB (tests compare the two). Written out: the
 * first Intl date formatter costs a phone tens of milliseconds of the first screen.
 */
const MONTHS: Record<Locale, Record<'long' | 'short', readonly string[]>> = {
  id: {
    long: [
      'Januari',
      'Februari',
      'Maret',
      'April',
      'Mei',
      'Juni',
      'Juli',
      'Agustus',
      'September',
      'Oktober',
      'November',
      'Desember',
    ],
    short: ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des'],
  },
  en: {
    long: [
      'January',
      'February',
      'March',
      'April',
      'May',
      'June',
      'July',
      'August',
      'September',
      'October',
      'November',
      'December',
    ],
    short: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'],
  },
};

/** "2 Februari 2023" (long) or "2 Feb 2023" (short) from an ISO yyyy-mm-dd date. */
export function formatDate(
  isoDate: string | undefined,
  locale: Locale = 'id',
  style: 'long' | 'short' = 'long',
) {
  if (!isoDate) return '–';
  const date = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return '–';
  return `${date.getUTCDate()} ${MONTHS[locale][style][date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}
