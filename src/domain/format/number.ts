/**
 * id-ID formatting. Indonesian writes 1.234.567,89 and abbreviates Rupiah as rb (ribu), jt (juta),
 * M (miliar) and T (triliun): "Rp 1,2 M". English mode keeps the Indonesian units, because the
 * amounts are Indonesian, and uses en-GB separators.
 */
import { INTL_LOCALE, type Locale } from '../../lib/i18n/locale';

export type { Locale };

/**
 * How each language writes numbers. A plain table, not defineMessages: that lives beside the React
 * hook, and domain code stays free of React.
 */
const NOTATION: Record<Locale, { group: string; decimal: string; percent: string; points: string }> = {
  id: { group: '.', decimal: ',', percent: ' %', points: 'poin' },
  en: { group: ',', decimal: '.', percent: '%', points: 'pts' },
};

const formatterCache = new Map<string, Intl.NumberFormat>();
function numberFormat(locale: Locale, digits: number): Intl.NumberFormat {
  const key = `${locale}:${digits}`;
  let format = formatterCache.get(key);
  if (!format) {
    format = new Intl.NumberFormat(INTL_LOCALE[locale], {
      minimumFractionDigits: 0,
      maximumFractionDigits: digits,
    });
    formatterCache.set(key, format);
  }
  return format;
}

/** Adds one to a string of decimal digits: "0999" -> "1000". */
function incrementDigits(digits: string): string {
  const out = digits.split('');
  for (let i = out.length - 1; i >= 0; i--) {
    if (out[i] !== '9') {
      out[i] = String(Number(out[i]) + 1);
      return out.join('');
    }
    out[i] = '0';
  }
  return `1${out.join('')}`;
}

/**
 * The shortest decimal that reads back as `abs` (what String() writes), rounded to `digits`
 * decimals half away from zero, trailing zeros dropped: Intl's rounding. Undefined when String()
 * writes an exponent (below 1e-6 or from 1e21): Intl writes those.
 */
function roundDecimal(abs: number, digits: number): [whole: string, fraction: string] | undefined {
  const text = String(abs);
  if (text.includes('e')) return undefined;
  const [whole = '0', fraction = ''] = text.split('.');
  if (fraction.length <= digits) return [whole, fraction.replace(/0+$/, '')];
  const kept = `${whole}${fraction.slice(0, digits)}`;
  const rounded = fraction[digits]! >= '5' ? incrementDigits(kept) : kept;
  const cut = rounded.length - digits;
  return [rounded.slice(0, cut), rounded.slice(cut).replace(/0+$/, '')];
}

/**
 * "1.234.567,8" (id) or "1,234,567.8" (en), at most `digits` decimals, exactly as
 * Intl.NumberFormat writes them (tests compare the two), but without it: creating the first Intl
 * formatter costs a phone tens of milliseconds of the first screen. Intl still writes what this
 * does not (Infinity, NaN, exponents).
 */
export function formatNumber(value: number, locale: Locale = 'id', digits = 0): string {
  const parts = Number.isFinite(value) ? roundDecimal(Math.abs(value), digits) : undefined;
  if (!parts) return numberFormat(locale, digits).format(value);
  const [whole, fraction] = parts;
  const { group, decimal } = NOTATION[locale];
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  // Intl keeps the sign of what rounds to zero ("-0"), and of -0 itself.
  const negative = value < 0 || Object.is(value, -0);
  return `${negative ? '-' : ''}${grouped}${fraction ? `${decimal}${fraction}` : ''}`;
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
  return `${formatNumber(value, locale, digits)}${NOTATION[locale].percent}`;
}

/** Deviation in percentage points with its sign: "−12,5 poin". */
export function formatPoints(value: number | undefined, locale: Locale = 'id'): string {
  if (value === undefined || !Number.isFinite(value)) return '–';
  const sign = value > 0 ? '+' : value < 0 ? '−' : '';
  return `${sign}${formatNumber(Math.abs(value), locale, 2)} ${NOTATION[locale].points}`;
}
