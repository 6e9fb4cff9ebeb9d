import { describe, expect, it } from 'vitest';
import type { ContractorRow } from '../../src/domain/contractors/contractor-rows';
import {
  DEFAULT_SORT,
  filterByName,
  nextSort,
  sortContractors,
} from '../../src/domain/contractors/contractor-sort';
import { parseContractorSort, writeContractorSort } from '../../src/domain/route-state/contractor-schema';
import { SIGNALS, type SignalSlug } from '../../src/domain/integrity/signals';

const none = Object.fromEntries(SIGNALS.map((s) => [s, 0])) as Record<SignalSlug, number>;
function row(name: string, over: Partial<ContractorRow> = {}): ContractorRow {
  return {
    key: name.toLowerCase().replace(/\s+/g, '-'),
    name,
    packages: 1,
    contractValue: 0,
    unvalued: 0,
    late: 0,
    kritis: 0,
    flagged: 0,
    signals: none,
    ...over,
  };
}

const rows = [
  row('CV Beta', { packages: 4, contractValue: 300, late: 2 }),
  row('CV Alfa', { packages: 2, contractValue: 900, late: 1 }),
  row('PT Gamma', { packages: 1, contractValue: 300, late: 1, kritis: 1, flagged: 1 }),
];
const names = (list: readonly ContractorRow[]) => list.map((r) => r.name);

describe('sortContractors', () => {
  it('sorts by value (the default), ties by name A–Z whatever the direction', () => {
    expect(names(sortContractors(rows, DEFAULT_SORT))).toEqual(['CV Alfa', 'CV Beta', 'PT Gamma']);
    expect(names(sortContractors(rows, { urut: 'nilai', arah: 'naik' }))).toEqual([
      'CV Beta',
      'PT Gamma',
      'CV Alfa',
    ]);
  });

  it('sorts the shares of own packages, then the count: 2 late of 4 after 1 of 1', () => {
    expect(names(sortContractors(rows, { urut: 'terlambat', arah: 'turun' }))).toEqual([
      'PT Gamma',
      'CV Beta',
      'CV Alfa',
    ]);
    expect(names(sortContractors(rows, { urut: 'penyedia', arah: 'turun' }))).toEqual([
      'PT Gamma',
      'CV Beta',
      'CV Alfa',
    ]);
    expect(names(sortContractors(rows, { urut: 'paket', arah: 'naik' }))).toEqual([
      'PT Gamma',
      'CV Alfa',
      'CV Beta',
    ]);
  });

  it('does not change the rows it is given', () => {
    const copy = [...rows];
    sortContractors(rows, { urut: 'penyedia', arah: 'naik' });
    expect(rows).toEqual(copy);
  });
});

describe('filterByName', () => {
  it('finds every word, folded as the map search folds (case, accents, spacing)', () => {
    expect(names(filterByName(rows, 'alfa'))).toEqual(['CV Alfa']);
    expect(names(filterByName(rows, 'cv  BETA'))).toEqual(['CV Beta']);
    expect(names(filterByName(rows, 'cv'))).toEqual(['CV Beta', 'CV Alfa']);
    expect(filterByName(rows, '  ')).toBe(rows);
    expect(filterByName(rows, 'tidak ada')).toEqual([]);
  });
});

describe('the sort in the URL', () => {
  const parse = (query: string) => parseContractorSort(new URLSearchParams(query));

  it('reads urut and arah; a column alone takes its first direction', () => {
    expect(parse('')).toEqual({ sort: DEFAULT_SORT, ignored: [] });
    expect(parse('urut=penyedia')).toEqual({ sort: { urut: 'penyedia', arah: 'naik' }, ignored: [] });
    expect(parse('urut=kritis&arah=naik')).toEqual({ sort: { urut: 'kritis', arah: 'naik' }, ignored: [] });
    expect(parse('urut=TANDA')).toEqual({ sort: { urut: 'tanda', arah: 'turun' }, ignored: [] });
  });

  it('reports an unknown column or direction and uses the default', () => {
    expect(parse('urut=harga&arah=kiri')).toEqual({ sort: DEFAULT_SORT, ignored: ['urut', 'arah'] });
    expect(parse('urut=paket&arah=kiri')).toEqual({
      sort: { urut: 'paket', arah: 'turun' },
      ignored: ['arah'],
    });
  });

  it('writes both parameters, none for the default, and keeps the others', () => {
    const base = new URLSearchParams('q=maju&kecamatan=babelan');
    expect(writeContractorSort(base, { urut: 'paket', arah: 'naik' }).toString()).toBe(
      'q=maju&kecamatan=babelan&urut=paket&arah=naik',
    );
    expect(
      writeContractorSort(new URLSearchParams('urut=paket&arah=naik&q=x'), DEFAULT_SORT).toString(),
    ).toBe('q=x');
    for (const sort of [
      { urut: 'penyedia', arah: 'turun' },
      { urut: 'terlambat', arah: 'naik' },
      DEFAULT_SORT,
    ] as const)
      expect(parseContractorSort(writeContractorSort(new URLSearchParams(), sort)).sort).toEqual(sort);
  });

  it('a header click turns the sorted column round, and starts another at its first direction', () => {
    expect(nextSort(DEFAULT_SORT, 'nilai')).toEqual({ urut: 'nilai', arah: 'naik' });
    expect(nextSort(DEFAULT_SORT, 'penyedia')).toEqual({ urut: 'penyedia', arah: 'naik' });
    expect(nextSort({ urut: 'penyedia', arah: 'naik' }, 'penyedia')).toEqual({
      urut: 'penyedia',
      arah: 'turun',
    });
    expect(nextSort({ urut: 'penyedia', arah: 'naik' }, 'kritis')).toEqual({ urut: 'kritis', arah: 'turun' });
  });
});
