import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  contractorTable,
  projectsOfContractor,
  totalContractValue,
} from '../../src/domain/contractors/contractor-rows';
import { curveSummary } from '../../src/domain/contractors/curve-summary';
import { flaggedSignals } from '../../src/domain/integrity/assess';
import { contractorKey, packageStandings } from '../../src/domain/integrity/package-standing';
import { SIGNALS } from '../../src/domain/integrity/signals';
import type { Project } from '../../src/domain/project/types';
import samplePackage from '../../mocks/data/sample-package.json';
import { readPackage } from '../../src/domain/dataset/read-package';

let seq = 0;
/** An index row with only what the aggregation reads; each case overrides a few fields. */
function row(overrides: Partial<Project> = {}): Project {
  seq += 1;
  return {
    id: `p-${seq}`,
    title: 'Uji',
    category: 'jalan',
    bidang: 'bm-peningkatan',
    status: 'pelaksanaan',
    regionSource: 'none',
    fundingSources: [],
    progress: { late: false, hasProgressData: false },
    ...overrides,
  };
}

const kritis = { kritis: true } as unknown as NonNullable<Project['progress']['kritis']>;

describe('contractorTable', () => {
  it('groups by contractorKey, counts late, kritis and flagged packages, and names it as first written', () => {
    const projects = [
      row({ contractor: 'CV Maju', contractValue: 100, progress: { late: true, hasProgressData: true } }),
      row({
        contractor: 'cv  maju',
        contractValue: 300,
        progress: { late: false, hasProgressData: true, kritis },
      }),
      row({ contractor: 'CV Maju', contractValue: undefined, procurementCode: 'open', tenderers: 1 }),
      row({ contractor: 'PT Lain', contractValue: 600 }),
      row({ contractor: undefined, contractValue: 1000 }),
      row({ contractor: '   ', contractValue: undefined }),
    ];
    const table = contractorTable(projects);
    expect(table.rows.map((r) => [r.key, r.name, r.packages])).toEqual([
      ['cv-maju', 'CV Maju', 3],
      ['pt-lain', 'PT Lain', 1],
    ]);
    const maju = table.rows[0]!;
    expect(maju.contractValue).toBe(400);
    expect(maju.unvalued).toBe(1);
    expect(maju.late).toBe(1);
    expect(maju.kritis).toBe(1);
    expect(maju.flagged).toBe(1);
    expect(maju.signals['satu-penawar']).toBe(1);
    expect(maju.share).toBeCloseTo(400 / 2000);
    // Packages without a contractor are counted apart, never dropped: a blank name is none.
    expect(table.unassigned).toEqual({ packages: 2, contractValue: 1000, share: 0.5 });
    expect(table.packages).toBe(6);
    expect(table.contractValue).toBe(2000);
  });

  it('takes the share of the total it is given (the whole year), not of a filtered subset', () => {
    const projects = [row({ contractor: 'A', contractValue: 50 })];
    expect(contractorTable(projects, 1000).rows[0]!.share).toBe(0.05);
    expect(contractorTable(projects, 0).rows[0]!.share).toBeUndefined();
  });

  it('keeps names without a key apart and gives them no page', () => {
    const table = contractorTable([
      row({ contractor: '株式会社', contractValue: 1 }),
      row({ contractor: 'شركة', contractValue: 2 }),
    ]);
    expect(table.rows.map((r) => [r.key, r.name])).toEqual([
      ['', '株式会社'],
      ['', 'شركة'],
    ]);
    expect(projectsOfContractor([row({ contractor: '株式会社' })], '')).toEqual([]);
  });

  it('holds on any package: totals are the sum of the rows, shares add up to 1, counts to the packages', () => {
    const names = fc.constantFrom('CV Satu', 'cv satu', 'PT Dua', 'CV Tiga', '', undefined);
    const project = fc.record({
      contractor: names,
      contractValue: fc.option(fc.integer({ min: 0, max: 1e12 }), { nil: undefined }),
      late: fc.boolean(),
      kritis: fc.boolean(),
      tenderers: fc.constantFrom(1, 3),
    });
    fc.assert(
      fc.property(fc.array(project, { maxLength: 40 }), (raw) => {
        const projects = raw.map((p) =>
          row({
            contractor: p.contractor,
            contractValue: p.contractValue,
            procurementCode: 'open',
            tenderers: p.tenderers,
            progress: { late: p.late, hasProgressData: true, ...(p.kritis && { kritis }) },
          }),
        );
        const table = contractorTable(projects);
        const sum = (f: (r: (typeof table.rows)[number]) => number) =>
          table.rows.reduce((s, r) => s + f(r), 0);
        expect(sum((r) => r.packages) + table.unassigned.packages).toBe(projects.length);
        expect(sum((r) => r.contractValue) + table.unassigned.contractValue).toBe(
          totalContractValue(projects),
        );
        expect(table.contractValue).toBe(totalContractValue(projects));
        expect(sum((r) => r.late)).toBe(projects.filter((p) => p.contractor && p.progress.late).length);
        expect(sum((r) => r.flagged)).toBe(
          projects.filter((p) => p.contractor && flaggedSignals(p).length > 0).length,
        );
        if (table.yearTotal > 0)
          expect(sum((r) => r.share ?? 0) + (table.unassigned.share ?? 0)).toBeCloseTo(1, 9);
        for (const r of table.rows) {
          expect(r.late).toBeLessThanOrEqual(r.packages);
          expect(r.flagged).toBeLessThanOrEqual(r.packages);
          for (const slug of SIGNALS) expect(r.signals[slug]).toBeLessThanOrEqual(r.flagged);
        }
      }),
    );
  });

  it('on the sample package: the same shares as penyedia-dominan, and every package counted once', () => {
    const { projects } = readPackage(samplePackage, { sourceUrl: 'paket.json', fallbackAsOf: '2024-01-01' });
    const table = contractorTable(projects);
    expect(table.rows.length).toBeGreaterThan(10);
    expect(table.unassigned.packages).toBe(projects.filter((p) => !p.contractor).length);
    expect(table.rows.reduce((s, r) => s + r.packages, 0) + table.unassigned.packages).toBe(projects.length);
    const standings = packageStandings(projects);
    projects.forEach((project, i) => {
      const share = standings[i]?.supplierShare;
      if (!project.contractor || share === undefined) return;
      const mine = table.rows.find((r) => r.key === contractorKey(project.contractor!))!;
      expect(mine.share).toBeCloseTo(share, 12);
      expect(projectsOfContractor(projects, mine.key)).toHaveLength(mine.packages);
    });
  });
});

describe('curveSummary', () => {
  it('reads the last point with a known actual, and its deviation', () => {
    const summary = curveSummary({
      packages: 2,
      weight: 300,
      points: [
        { date: '2023-01-01', planned: 0, actual: 0, financial: 0 },
        { date: '2023-06-30', planned: 40, actual: 35.5, financial: 30 },
        { date: '2023-07-07', planned: 45 },
      ],
    });
    expect(summary).toEqual({
      date: '2023-06-30',
      planned: 40,
      actual: 35.5,
      deviation: -4.5,
      financial: 30,
      packages: 2,
      weight: 300,
    });
    expect(curveSummary({ points: [], packages: 0, weight: 0 })).toBeUndefined();
  });
});
