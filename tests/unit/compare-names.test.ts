import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareCodes, compareNames } from '../../src/domain/text/compare';

const NAMES = [
  'CV Contoh Echo Utama (fiktif)',
  'cv contoh echo utama (fiktif)',
  'PT. Ábdi Karya',
  'PT Abdi Karya',
  'APBD',
  'APBD-P',
  'Bantuan Provinsi (Banprov)',
  'Babelan',
  'babelan',
  'Suka-Maju & Co.',
  'Suka Maju',
  '3 Putra',
  'Zebra',
];

const sign = (n: number) => Math.sign(n);
const collated = (a: string, b: string) => sign(a.localeCompare(b, 'id'));

describe('compareNames', () => {
  it('orders every pair of real names as the Indonesian collation does', () => {
    for (const a of NAMES)
      for (const b of NAMES) expect(sign(compareNames(a, b)), `${a} vs ${b}`).toBe(collated(a, b));
  });

  it('agrees with the collation on any printable ASCII, punctuation and case included', () => {
    const chars = fc.constantFrom(...' aAbBzZ09-_().,;:!?\'"[]{}@*/\\&#%`^+<=>|~$');
    const name = fc.array(chars, { maxLength: 7 }).map((c) => c.join(''));
    fc.assert(
      fc.property(name, name, (a, b) => sign(compareNames(a, b)) === collated(a, b)),
      { numRuns: 20_000 },
    );
  });

  it('agrees with it beyond ASCII too', () => {
    expect(sign(compareNames('Ábdi', 'Abdi'))).toBe(collated('Ábdi', 'Abdi'));
    expect(sign(compareNames('Çikarang', 'Cikarang Barat'))).toBe(collated('Çikarang', 'Cikarang Barat'));
  });
});

describe('compareCodes', () => {
  it('orders ISO days by time, as the kurva S rows need', () => {
    const days = ['2023-12-29', '2023-02-01', '2023-10-05', '2023-02-01', '2023-01-31'];
    expect([...days].sort(compareCodes)).toEqual([
      '2023-01-31',
      '2023-02-01',
      '2023-02-01',
      '2023-10-05',
      '2023-12-29',
    ]);
  });

  it('is a total order: antisymmetric, and 0 only for equal codes', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        expect(Math.sign(compareCodes(a, b)) + Math.sign(compareCodes(b, a))).toBe(0);
        expect(compareCodes(a, b) === 0).toBe(a === b);
        expect(compareCodes(a, a)).toBe(0);
      }),
    );
  });
});
