import { describe, expect, it } from 'vitest';
import { parseFilters, writeFilters } from '../../src/domain/route-state/filter-schema';
import { searchHaystack, matchesQuery } from '../../src/domain/text/normalize';
import { applyFilters } from '../../src/domain/filters/filters';
import { sampleProjects } from './aggregate-arbitraries';

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

describe('applyFilters', () => {
  const projects = sampleProjects();

  it('returns the very same array without a filter, so per-array caches are shared by all pages', () => {
    expect(applyFilters(projects, {})).toBe(projects);
    expect(applyFilters(projects, { q: '   ' })).toBe(projects);
  });

  it('returns a new array with only the matching projects once a filter is set', () => {
    const jalan = applyFilters(projects, { kategori: 'jalan' });
    expect(jalan).not.toBe(projects);
    expect(jalan.length).toBeGreaterThan(0);
    expect(jalan.length).toBeLessThan(projects.length);
    expect(jalan.every((p) => p.category === 'jalan')).toBe(true);
  });
});
