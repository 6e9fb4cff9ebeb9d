import { describe, expect, it } from 'vitest';
import { parseFilters, writeFilters } from '../../src/domain/filters/url-state';
import { searchHaystack, matchesQuery } from '../../src/domain/text/normalize';

describe('URL filter parameters', () => {
  it('reads the public parameter names', () => {
    const { filters, ignored } = parseFilters(
      new URLSearchParams('kecamatan=cikarang-utara&kategori=jalan&status=kritis&sumber=apbd-p&q=CBL'),
    );
    expect(filters).toEqual({
      kecamatan: 'cikarang-utara',
      kategori: 'jalan',
      status: 'kritis',
      sumber: 'apbd-p',
      q: 'CBL',
    });
    expect(ignored).toEqual([]);
  });

  it('ignores unknown and malformed parameters, and reports them', () => {
    const { filters, ignored } = parseFilters(
      new URLSearchParams('kecamatan=atlantis&kategori=<script>&status=&foo=1&proyek=x&sumber=%00'),
      ['proyek'],
    );
    expect(filters).toEqual({});
    expect(ignored.sort()).toEqual(['foo', 'kategori', 'kecamatan', 'status', 'sumber']);
  });

  it('round-trips through the URL, keeping other parameters', () => {
    const filters = { kecamatan: 'babelan', status: 'terlambat' as const, q: 'Jalan Raya' };
    const params = writeFilters(new URLSearchParams('proyek=abc'), filters);
    expect(params.get('proyek')).toBe('abc');
    expect(parseFilters(params, ['proyek']).filters).toEqual(filters);
  });
});

describe('Indonesian-aware search', () => {
  it('matches across case, accents, abbreviations and spacing', () => {
    const key = searchHaystack('Rekonstruksi Jalan Raya CBL, Desa Karangsatria — CV Contoh Alfa (fiktif)');
    expect(matchesQuery(key, 'jl. raya cbl')).toBe(true);
    expect(matchesQuery(key, 'KARANG SATRIA')).toBe(true);
    expect(matchesQuery(key, 'cbl alfa')).toBe(true);
    expect(matchesQuery(key, 'kalimalang')).toBe(false);
    expect(matchesQuery(searchHaystack('Djalan Tjikarang'), 'jalan')).toBe(true);
  });
});
