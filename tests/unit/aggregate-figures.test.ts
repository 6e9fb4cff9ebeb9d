import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { headlineFigures, weightedPhysical } from '../../src/domain/aggregate/headline';
import { measureRoadLength, roadLength, roadLengthOf } from '../../src/domain/aggregate/road-length';
import { fisikKeuanganByBidang } from '../../src/domain/aggregate/fisik-keuangan';
import { mostDelayed } from '../../src/domain/aggregate/delayed';
import { paidAmount } from '../../src/domain/aggregate/money';
import { sortBuckets, budgetByKecamatan, NO_LOCATION } from '../../src/domain/aggregate/breakdowns';
import type { Project, Volume } from '../../src/domain/project/types';
import { closeTo, projectsArbitrary, sampleProjects } from './aggregate-arbitraries';

const base = sampleProjects()[0]!;
function project(overrides: Partial<Project>, progress: Partial<Project['progress']> = {}): Project {
  return { ...base, ...overrides, progress: { ...base.progress, ...progress } };
}

describe('headline figures', () => {
  it('of nothing are zeros and unknown percentages, never NaN', () => {
    const figures = headlineFigures([]);
    expect(figures).toMatchObject({ packages: 0, pagu: 0, contractValue: 0, paid: 0, physicalBasis: 0 });
    expect(figures.serapanPercent).toBeUndefined();
    expect(figures.physicalPercent).toBeUndefined();
    expect(figures.road.totalM).toBe(0);
  });

  it('serapan is paid ÷ pagu; physical progress is weighted by contract value', () => {
    const a = project({ pagu: 200, contractValue: 100 }, { actual: 100, financialAmount: 50 });
    const b = project({ pagu: 200, contractValue: 300 }, { actual: 20, financialAmount: 30 });
    const figures = headlineFigures([a, b]);
    expect(figures.paid).toBe(80);
    expect(figures.serapanPercent).toBe(20);
    expect(figures.physicalPercent).toBe((100 * 100 + 300 * 20) / 400);
    expect(figures.physicalBasis).toBe(2);
  });

  it('realisasi falls back to the published % of contract value', () => {
    const p = project({ contractValue: 1_000 }, { financialAmount: undefined, financialPercent: 25 });
    expect(paidAmount(p)).toBe(250);
    expect(paidAmount(project({ contractValue: undefined }, { financialAmount: undefined }))).toBeUndefined();
  });

  it('weighted physical progress stays within the packages’ own range', () => {
    fc.assert(
      fc.property(projectsArbitrary, (projects) => {
        const { percent } = weightedPhysical(projects);
        const used = projects.filter((p) => (p.contractValue ?? 0) > 0 && p.progress.actual !== undefined);
        if (used.length === 0) {
          expect(percent).toBeUndefined();
          return;
        }
        const values = used.map((p) => p.progress.actual!);
        expect(percent!).toBeGreaterThanOrEqual(Math.min(...values) - 1e-9);
        expect(percent!).toBeLessThanOrEqual(Math.max(...values) + 1e-9);
      }),
    );
  });

  it('status counts never exceed the packages and match the statuses', () => {
    fc.assert(
      fc.property(projectsArbitrary, (projects) => {
        const f = headlineFigures(projects);
        expect(f.completed + f.inProgress + f.terminated + f.failedTender).toBeLessThanOrEqual(f.packages);
        expect(f.completed).toBe(projects.filter((p) => p.status === 'selesai').length);
      }),
    );
  });
});

describe('road length', () => {
  const line = {
    type: 'LineString' as const,
    coordinates: [
      [107.0, -6.2],
      [107.01, -6.2],
    ] as [number, number][],
  };

  // The length is measured when the package is read (on the published line), as mapProject does.
  const measured = (overrides: Partial<Project>, volume: Volume | undefined) =>
    project({ ...overrides, roadLength: measureRoadLength(overrides.geometry, volume) });

  it('measures the drawn line first, else the published length, and counts the rest as unknown', () => {
    const drawn = measured({ category: 'jalan', status: 'selesai', geometry: line }, { lengthM: 5 });
    const listed = measured(
      { category: 'jalan', status: 'pelaksanaan', geometry: undefined },
      { lengthM: 500 },
    );
    const none = measured({ category: 'jalan', status: 'selesai', geometry: undefined }, undefined);
    const failed = measured({ category: 'jalan', status: 'gagal-tender' }, { lengthM: 9_999 });
    const bridge = measured({ category: 'jembatan', status: 'selesai' }, { lengthM: 40 });
    expect(roadLengthOf(drawn)?.source).toBe('geometry');
    expect(roadLengthOf(drawn)!.metres).toBeCloseTo(1105.4, 0);
    const total = roadLength([drawn, listed, none, failed, bridge]);
    expect(total.packages).toBe(3);
    expect(total.unknownLength).toBe(1);
    expect(total.fromVolumeM).toBe(500);
    expect(total.totalM).toBeCloseTo(total.fromGeometryM + 500, 6);
  });
});

describe('fisik vs keuangan per bidang', () => {
  it('uses one base (contract value) for both, over the packages that reported', () => {
    const rows = fisikKeuanganByBidang([
      project({ bidang: 'sda', contractValue: 100 }, { actual: 80, financialAmount: 50 }),
      project({ bidang: 'sda', contractValue: 300 }, { actual: 40, financialAmount: 30 }),
      project({ bidang: 'sda', contractValue: 300 }, { actual: undefined, financialAmount: 300 }),
    ]);
    expect(rows).toEqual([{ key: 'sda', count: 2, contractValue: 400, physical: 50, financial: 20 }]);
  });

  it('weights add up to the contracted value of the reporting packages', () => {
    fc.assert(
      fc.property(projectsArbitrary, (projects) => {
        const rows = fisikKeuanganByBidang(projects);
        const reporting = projects.filter(
          (p) => (p.contractValue ?? 0) > 0 && p.progress.actual !== undefined,
        );
        const weight = reporting.reduce((acc, p) => acc + p.contractValue!, 0);
        expect(
          closeTo(
            rows.reduce((acc, r) => acc + r.contractValue, 0),
            weight,
          ),
        ).toBe(true);
        expect(rows.reduce((acc, r) => acc + r.count, 0)).toBe(reporting.length);
      }),
    );
  });
});

describe('most delayed packages', () => {
  it('lists only packages behind plan, worst first, ties by id', () => {
    fc.assert(
      fc.property(projectsArbitrary, fc.integer({ min: 1, max: 20 }), (projects, limit) => {
        const list = mostDelayed(projects, limit);
        expect(list.length).toBeLessThanOrEqual(limit);
        for (const item of list) expect(item.deviation).toBeLessThan(0);
        for (let i = 1; i < list.length; i++)
          expect(list[i]!.deviation).toBeGreaterThanOrEqual(list[i - 1]!.deviation);
      }),
    );
  });
});

describe('sorting kecamatan buckets', () => {
  it('sorts by value or by name, with "tanpa lokasi" last either way', () => {
    const projects: Project[] = sampleProjects().slice(0, 40);
    projects.push(project({ id: 'x', kecamatan: undefined, pagu: 1e15 }));
    const buckets = budgetByKecamatan(projects);
    const label = (b: { key: string; name?: string }) => b.name ?? 'Tanpa lokasi';
    for (const sort of ['value-desc', 'value-asc', 'name'] as const) {
      const sorted = sortBuckets(buckets, sort, label);
      expect(sorted.at(-1)!.key).toBe(NO_LOCATION);
      expect(sorted).toHaveLength(buckets.length);
    }
    const byValue = sortBuckets(buckets, 'value-desc', label)
      .slice(0, -1)
      .map((b) => b.pagu);
    expect(byValue).toEqual([...byValue].sort((a, b) => b - a));
    const byName = sortBuckets(buckets, 'name', label).slice(0, -1).map(label);
    expect(byName).toEqual([...byName].sort((a, b) => a.localeCompare(b, 'id')));
  });
});
