import fc from 'fast-check';
import {
  BIDANG,
  CATEGORIES,
  STATUSES,
  type Project,
  type ProjectDetail,
} from '../../src/domain/project/types';
import { KECAMATAN } from '../../src/domain/geo/regions';
import { readPackage } from '../../src/domain/dataset/read-package';
import samplePackage from '../../mocks/data/sample-package.json';

/** The sample package as the app reads it (kecamatan from the Kemendagri codes, no boundaries). */
export function sampleProjects(): ProjectDetail[] {
  return readPackage(samplePackage, { sourceUrl: 'uji', fallbackAsOf: '2023-12-29' }).projects;
}

const money = fc.option(fc.integer({ min: 0, max: 100_000_000_000 }), { nil: undefined });
const percent = fc.option(fc.double({ min: 0, max: 100, noNaN: true }), { nil: undefined });
const SOURCES = ['APBD', 'APBD-P', 'DAK', 'Banprov', 'APBN', 'Pemerintah Kabupaten Bekasi'];

/** Random view-model projects: any mix of missing money, places, sources and progress. */
export const projectArbitrary: fc.Arbitrary<Project> = fc
  .record({
    n: fc.nat(),
    category: fc.constantFrom(...CATEGORIES),
    bidang: fc.constantFrom(...BIDANG),
    status: fc.constantFrom(...STATUSES),
    kecamatan: fc.option(fc.constantFrom(...KECAMATAN), { nil: undefined }),
    pagu: money,
    contractValue: money,
    sources: fc.array(fc.record({ name: fc.constantFrom(...SOURCES), amount: money }), { maxLength: 3 }),
    actual: percent,
    deviation: fc.option(fc.double({ min: -100, max: 100, noNaN: true }), { nil: undefined }),
    financialPercent: percent,
    financialAmount: money,
    late: fc.boolean(),
    kritis: fc.boolean(),
  })
  .map((r) => ({
    id: `acak-${r.n}`,
    title: `Paket acak ${r.n}`,
    category: r.category,
    bidang: r.bidang,
    status: r.status,
    kecamatan: r.kecamatan,
    regionSource: r.kecamatan ? 'gazetteer' : 'none',
    pagu: r.pagu,
    contractValue: r.contractValue,
    fundingSources: r.sources,
    progress: {
      actual: r.actual,
      deviation: r.deviation,
      financialPercent: r.financialPercent,
      financialAmount: r.financialAmount,
      late: r.late,
      kritis: r.kritis ? { kritis: true, period: 'I', deviation: -11 } : undefined,
      hasProgressData: r.actual !== undefined,
    },
  }));

export const projectsArbitrary = fc.array(projectArbitrary, { maxLength: 60 });

/** Equal up to floating-point rounding of sums in a different order. */
export function closeTo(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}
