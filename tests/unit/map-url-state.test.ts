import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseHomeState } from '../../src/domain/route-state/home-schema';
import { formatMapView, parseMapView, sameView } from '../../src/domain/map/view-param';
import { parseFilters } from '../../src/domain/route-state/filter-schema';
import { HOME_PARAMS } from '../../src/domain/route-state/param-names';

describe('map view parameter (peta=lat,lng,zoom)', () => {
  it('round-trips a view at metre precision and half zoom steps', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -7.9, max: -5.1, noNaN: true }),
        fc.double({ min: 105.1, max: 108.9, noNaN: true }),
        fc.integer({ min: 18, max: 38 }).map((z) => z / 2),
        (lat, lng, zoom) => {
          const parsed = parseMapView(formatMapView({ lat, lng, zoom }));
          expect(parsed).toBeDefined();
          expect(sameView(parsed, { lat, lng, zoom })).toBe(true);
        },
      ),
    );
  });

  it.each(['', 'abc', '-6.2,107.1', '-6.2,107.1,13,4', '-6.2,,13', '40,107,13', '-6.2,107.1,3', 'NaN,1,2'])(
    'rejects %j',
    (value) => expect(parseMapView(value)).toBeUndefined(),
  );
});

describe('map page parameters', () => {
  it('reads every page parameter and reports malformed ones', () => {
    const { state, ignored } = parseHomeState(
      new URLSearchParams(
        'proyek=oc4ids-pb-2023-0001&peta=-6.25,107.15,12&warna=kategori&sebaran=anggaran&urut=deviasi-naik&tampil=daftar',
      ),
    );
    expect(state).toEqual({
      proyek: 'oc4ids-pb-2023-0001',
      peta: { lat: -6.25, lng: 107.15, zoom: 12 },
      warna: 'kategori',
      sebaran: 'anggaran',
      urut: 'deviasi-naik',
      tampil: 'daftar',
    });
    expect(ignored).toEqual([]);
    const bad = parseHomeState(
      new URLSearchParams('proyek=<x>&peta=1,2&warna=pink&sebaran=&urut=acak&tampil=3d'),
    );
    expect(bad.state).toEqual({});
    expect(bad.ignored).toEqual(['proyek', 'peta', 'warna', 'sebaran', 'urut', 'tampil']);
  });

  it('lets the shared filters treat the page parameters as known, and nothing else', () => {
    const { ignored } = parseFilters(new URLSearchParams('peta=x&warna=y&utm_source=z'), HOME_PARAMS);
    expect(ignored).toEqual(['utm_source']);
  });
});
