import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  budgetByBidang,
  budgetByCategory,
  budgetByKecamatan,
  budgetByStatus,
  NO_LOCATION,
  type BudgetBucket,
} from '../../src/domain/aggregate/breakdowns';
import { budgetByFunding, fundedAmount } from '../../src/domain/aggregate/funding';
import { headlineFigures } from '../../src/domain/aggregate/headline';
import { sumBy } from '../../src/domain/aggregate/sum';
import type { Project } from '../../src/domain/project/types';
import { closeTo, projectsArbitrary, sampleProjects } from './aggregate-arbitraries';

const GROUPINGS: [string, (projects: readonly Project[]) => BudgetBucket[]][] = [
  ['kecamatan', budgetByKecamatan],
  ['bidang', budgetByBidang],
  ['kategori', budgetByCategory],
  ['status', budgetByStatus],
];

function expectBucketsAddUp(projects: readonly Project[], buckets: readonly BudgetBucket[]) {
  const total = headlineFigures(projects);
  const sum = (field: 'count' | 'pagu' | 'contractValue' | 'paid') =>
    buckets.reduce((acc, bucket) => acc + bucket[field], 0);
  expect(sum('count')).toBe(total.packages);
  expect(closeTo(sum('pagu'), total.pagu)).toBe(true);
  expect(closeTo(sum('contractValue'), total.contractValue)).toBe(true);
  expect(closeTo(sum('paid'), total.paid)).toBe(true);
  expect(new Set(buckets.map((b) => b.key)).size).toBe(buckets.length);
}

describe('numbers that add up', () => {
  const sample = sampleProjects();

  it('reads the sample package (guards the tests below against an empty fixture)', () => {
    expect(sample.length).toBeGreaterThan(100);
  });

  for (const [name, group] of GROUPINGS) {
    it(`per-${name} totals sum to the overall total for the sample data`, () => {
      expectBucketsAddUp(sample, group(sample));
    });

    it(`per-${name} totals sum to the overall total for random packages`, () => {
      fc.assert(fc.property(projectsArbitrary, (projects) => expectBucketsAddUp(projects, group(projects))));
    });
  }

  it('puts projects without a kecamatan in their own "tanpa lokasi" bucket', () => {
    fc.assert(
      fc.property(projectsArbitrary, (projects) => {
        const unplaced = projects.filter((p) => !p.kecamatan);
        const bucket = budgetByKecamatan(projects).find((b) => b.key === NO_LOCATION);
        expect(bucket?.count ?? 0).toBe(unplaced.length);
        expect(bucket?.pagu ?? 0).toBe(sumBy(unplaced, (p) => p.pagu));
      }),
    );
  });

  it('funding sources sum to Σ max(pagu, published lines), and to the pagu for the sample', () => {
    fc.assert(
      fc.property(projectsArbitrary, (projects) => {
        const buckets = budgetByFunding(projects);
        const total = buckets.reduce((acc, b) => acc + b.amount, 0);
        expect(closeTo(total, sumBy(projects, fundedAmount))).toBe(true);
        for (const project of projects)
          expect(fundedAmount(project)).toBeGreaterThanOrEqual(project.pagu ?? 0);
      }),
    );
    const buckets = budgetByFunding(sample);
    expect(buckets.reduce((acc, b) => acc + b.amount, 0)).toBe(headlineFigures(sample).pagu);
  });

  it('keeps a published source without an amount, giving it the pagu left over', () => {
    const [project] = sampleProjects();
    const mixed: Project = {
      ...project!,
      pagu: 100,
      fundingSources: [{ name: 'APBD', amount: 60 }, { name: 'DAK' }],
    };
    expect(budgetByFunding([mixed])).toEqual([
      { key: 'apbd', name: 'APBD', count: 1, amount: 60 },
      { key: 'dak', name: 'DAK', count: 1, amount: 40 },
    ]);
    const unnamedRest: Project = { ...mixed, fundingSources: [{ name: 'APBD', amount: 60 }] };
    expect(budgetByFunding([unnamedRest]).map((b) => [b.key, b.amount])).toEqual([
      ['apbd', 60],
      ['tidak-disebut', 40],
    ]);
  });
});
