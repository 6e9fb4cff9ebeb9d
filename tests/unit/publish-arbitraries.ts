import fc from 'fast-check';
import type { Geometry, Position } from '../../src/domain/geo/geometry';
import { KECAMATAN } from '../../src/domain/geo/regions';
import wilayah from '../../src/domain/geo/wilayah.json';
import type { KritisResult } from '../../src/domain/progress/kritis';
import { BIDANG, CATEGORIES, STATUSES, type Project } from '../../src/domain/project/types';

/**
 * Index rows as listingOf can make them, every field free: what the index must carry exactly.
 * Optional texts are never "" (mapProject trims them away; the index writes "" for "not given").
 */

// A JSON number: finite, and never -0 (JSON writes it as 0; not the index's business).
const jsonNumber = fc
  .double({ noNaN: true, noDefaultInfinity: true, min: -1e15, max: 1e15 })
  .map((n) => (Object.is(n, -0) ? 0 : n));
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const someText = fc.string({ minLength: 1, maxLength: 12, unit: 'grapheme' });

/** Near Bekasi, in whole 1e-5 degrees: a geometry as simplifyForMap leaves it. */
const position: fc.Arbitrary<Position> = fc
  .tuple(fc.integer({ min: 10_690_000, max: 10_735_000 }), fc.integer({ min: -655_000, max: -585_000 }))
  .map(([x, y]) => [x / 1e5, y / 1e5]);
const line = fc.array(position, { minLength: 2, maxLength: 8 });
const ring = fc.array(position, { minLength: 3, maxLength: 7 }).map((r) => [...r, r[0]!]);

const roundedGeometryArbitrary: fc.Arbitrary<Geometry> = fc.oneof(
  position.map((coordinates): Geometry => ({ type: 'Point', coordinates })),
  line.map((coordinates): Geometry => ({ type: 'LineString', coordinates })),
  fc
    .array(line, { minLength: 1, maxLength: 3 })
    .map((c): Geometry => ({ type: 'MultiLineString', coordinates: c })),
  fc.array(ring, { minLength: 1, maxLength: 2 }).map((c): Geometry => ({ type: 'Polygon', coordinates: c })),
  fc
    .array(fc.array(ring, { minLength: 1, maxLength: 2 }), { minLength: 1, maxLength: 2 })
    .map((c): Geometry => ({ type: 'MultiPolygon', coordinates: c })),
);

const desa = fc.constantFrom(...wilayah.desa).map(({ code, name }) => ({ code, name }));
const kritis: fc.Arbitrary<KritisResult> = fc
  .tuple(
    fc.constantFrom<Omit<KritisResult, 'deviation'>>(
      { kritis: false, period: 'I' },
      { kritis: false, period: 'II' },
      { kritis: true, period: 'I', reason: 'period-i-lag' },
      { kritis: true, period: 'II', reason: 'period-ii-lag' },
      { kritis: true, period: 'II', reason: 'period-ii-past-fiscal-year' },
    ),
    jsonNumber,
  )
  .map(([kind, deviation]) => ({ ...kind, deviation }));
const day = fc
  .date({ min: new Date('2020-01-01'), max: new Date('2026-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

export const indexRowArbitrary: fc.Arbitrary<Project> = fc.record({
  id: fc.string({ minLength: 1, maxLength: 20 }),
  title: fc.string({ maxLength: 20 }),
  category: fc.constantFrom(...CATEGORIES),
  bidang: fc.constantFrom(...BIDANG),
  status: fc.constantFrom(...STATUSES),
  kecamatan: maybe(fc.constantFrom(...KECAMATAN)),
  desa: maybe(desa),
  regionSource: fc.constantFrom('gazetteer', 'geometry', 'address', 'none'),
  locationName: maybe(someText),
  geometry: maybe(roundedGeometryArbitrary),
  locationIssue: maybe(fc.constantFrom('lat-lng-swapped', 'outside-region', 'invalid-geometry')),
  pagu: maybe(jsonNumber),
  hps: maybe(jsonNumber),
  contractValue: maybe(jsonNumber),
  // Few distinct names, so rows share dictionary words as real ones do.
  fundingSources: fc.array(
    fc.record({ name: fc.constantFrom('APBD', 'DAK', '', 'Banprov <b>'), amount: maybe(jsonNumber) }),
    {
      maxLength: 3,
    },
  ),
  procurementMethod: maybe(fc.constantFrom('Tender', 'E-purchasing', 'Pengadaan Langsung')),
  contractor: maybe(someText),
  procurementCode: maybe(fc.constantFrom('open', 'limited', 'direct')),
  tenderers: maybe(fc.nat({ max: 40 })),
  contractStart: maybe(day),
  contractEnd: maybe(day),
  latestValue: maybe(jsonNumber),
  durationChanges: maybe(fc.nat({ max: 5 })),
  completedOn: maybe(day),
  // Any subset of the standing's fields; none at all is "no standing".
  standing: maybe(
    fc.record(
      {
        supplierContracts: fc.nat({ max: 99 }),
        supplierShare: fc.double({ min: 0, max: 1, noNaN: true }),
        twins: fc.nat({ max: 9 }),
      },
      { requiredKeys: [] },
    ),
  ).map((standing) => (standing && Object.keys(standing).length ? standing : undefined)),
  roadLength: maybe(
    fc.record({
      metres: fc.double({ min: 0.01, max: 1e6, noNaN: true }),
      source: fc.constantFrom('geometry', 'volume'),
    }),
  ),
  progress: fc.record({
    reportDate: maybe(day),
    planned: maybe(jsonNumber),
    actual: maybe(jsonNumber),
    deviation: maybe(jsonNumber),
    financialPercent: maybe(jsonNumber),
    financialAmount: maybe(jsonNumber),
    kritis: maybe(kritis),
    late: fc.boolean(),
    hasProgressData: fc.boolean(),
  }),
});
