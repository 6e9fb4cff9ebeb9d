import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../src/domain/format/number';
import { formatDate } from '../../src/domain/format/date';

// The formatters write id-ID and en-GB by hand (creating the first Intl formatter is slow on a
// phone). Intl is the reference: every output must be what it would have written.
const intlNumber = (value: number, locale: 'id' | 'en', digits: number) =>
  new Intl.NumberFormat(locale === 'id' ? 'id-ID' : 'en-GB', {
    minimumFractionDigits: 0,
    maximumFractionDigits: digits,
  }).format(value);

describe('formatNumber writes what Intl.NumberFormat writes', () => {
  it.each(['id', 'en'] as const)('for any number, %s', (locale) => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.double({ noNaN: true, min: -1e15, max: 1e15 }),
          fc.integer({ min: -2e9, max: 2e9 }).map((n) => n / 100),
          fc.integer({ min: -2e9, max: 2e9 }).map((n) => n / 1000 + 0.0005),
          fc.double({ noNaN: true, min: -1e-3, max: 1e-3 }),
          fc.double({ noNaN: true, min: -1e25, max: 1e25 }),
        ),
        fc.integer({ min: 0, max: 3 }),
        (value, digits) => {
          expect(formatNumber(value, locale, digits)).toBe(intlNumber(value, locale, digits));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it.each([
    [0, 0],
    [-0, 0],
    [-0.3, 0],
    [0.125, 2],
    [1.005, 2],
    [2.675, 2],
    [0.0000005, 3],
    [999999999999997.8, 1],
    [-0.125, 2],
    [1234567.25, 1],
    [999.95, 1],
    [1e20, 0],
    [1e21, 0],
    [Number.POSITIVE_INFINITY, 0],
    [Number.NaN, 0],
  ])('at the edges: %s with %s decimals', (value, digits) => {
    for (const locale of ['id', 'en'] as const)
      expect(formatNumber(value, locale, digits)).toBe(intlNumber(value, locale, digits));
  });
});

describe('formatDate writes what Intl.DateTimeFormat writes', () => {
  it('for every month, both styles and both languages', () => {
    for (const locale of ['id', 'en'] as const)
      for (const style of ['long', 'short'] as const)
        for (let month = 0; month < 12; month++) {
          for (const day of [1, 9, 31]) {
            const date = new Date(Date.UTC(2023, month, day));
            const iso = date.toISOString().slice(0, 10);
            const intl = new Intl.DateTimeFormat(locale === 'id' ? 'id-ID' : 'en-GB', {
              day: 'numeric',
              month: style,
              year: 'numeric',
              timeZone: 'UTC',
            }).format(date);
            expect(formatDate(iso, locale, style)).toBe(intl);
          }
        }
  });

  it('says "–" for what is not a date', () => {
    expect(formatDate(undefined)).toBe('–');
    expect(formatDate('bukan tanggal')).toBe('–');
  });
});

describe('compareNames orders names as localeCompare does', () => {
  it('for every kecamatan and for mixed case, spaces and punctuation', async () => {
    const { KECAMATAN } = await import('../../src/domain/geo/regions');
    const { compareNames } = await import('../../src/domain/text/compare');
    const names = [
      ...KECAMATAN.map((k) => k.name),
      'babelan',
      'Karang Bahagia',
      'Karangbahagia',
      'Setu-2',
      'Sétu',
    ];
    const ours = [...names].sort(compareNames);
    expect(ours).toEqual([...names].sort((a, b) => a.localeCompare(b, 'id')));
  });
});
