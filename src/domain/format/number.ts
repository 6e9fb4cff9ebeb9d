/**
 * id-ID formatting. Indonesian writes 1.234.567,89 and abbreviates Rupiah as rb (ribu), jt (juta),
 * M (miliar) and T (triliun): "Rp 1,2 M". English mode keeps the Indonesian units, because the
 * amounts are Indonesian, and uses en-GB separators.
 */
import type { Locale } from '../../lib/i18n/locale';

export type { Locale };

const intlLocale = (locale: Locale) => (locale === 'id' ? 'id-ID' : 'en-GB');

const formatterCache = new Map<string, Intl.NumberFormat>();
function numberFormat(locale: Locale, digits: number): Intl.NumberFormat {
  const key = `${locale}:${digits}`;
  let format = formatterCache.get(key);
  if (!format) {
    format = new Intl.NumberFormat(intlLocale(locale), {
      minimumFractionDigits: 0,
      maximumFractionDigits: digits,
    });
    formatterCache.set(key, format);
  }
  return format;
}

export function formatNumber(value: number, locale: Locale = 'id', digits = 0): string {
  return numberFormat(locale, digits).format(value);
}

const UNITS: [number, string][] = [
  [1e12, 'T'],
  [1e9, 'M'],
  [1e6, 'jt'],
];

/** "Rp 1,2 M", "Rp 950 jt", "Rp 12.500". */
export function formatRupiahShort(value: number | undefined, locale: Locale = 'id'): string {
  if (value === undefined || !Number.isFinite(value)) return '–';
  const sign = value < 0 ? '−' : '';
  const abs = Math.abs(value);
  for (const [size, unit] of UNITS) {
    if (abs >= size) return `${sign}Rp ${formatNumber(abs / size, locale, 1)} ${unit}`;
  }
  return `${sign}Rp ${formatNumber(abs, locale)}`;
}

/** "Rp 1.234.567.890" (no cents: budgets are whole Rupiah). */
export function formatRupiah(value: number | undefined, locale: Locale = 'id'): string {
  if (value === undefined || !Number.isFinite(value)) return '–';
  return `${value < 0 ? '−' : ''}Rp ${formatNumber(Math.abs(Math.round(value)), locale)}`;
}

/** "45,6 %" (id) or "45.6%" (en). */
export function formatPercent(value: number | undefined, locale: Locale = 'id', digits = 1): string {
  if (value === undefined || !Number.isFinite(value)) return '–';
  const text = formatNumber(value, locale, digits);
  return locale === 'id' ? `${text} %` : `${text}%`;
}

/** Deviation in percentage points with its sign: "−12,5 poin". */
export function formatPoints(value: number | undefined, locale: Locale = 'id'): string {
  if (value === undefined || !Number.isFinite(value)) return '–';
  const sign = value > 0 ? '+' : value < 0 ? '−' : '';
  return `${sign}${formatNumber(Math.abs(value), locale, 2)} ${locale === 'id' ? 'poin' : 'pts'}`;
}
