import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { topContractors } from '../../src/domain/aggregate/contractors';
import { contractorKey } from '../../src/domain/integrity/package-standing';
import type { Project } from '../../src/domain/project/types';
import { projectArbitrary, sampleProjects } from './aggregate-arbitraries';

const base = sampleProjects()[0]!;
let n = 0;
function project(contractor: string | undefined, contractValue: number | undefined): Project {
  n += 1;
  return { ...base, id: `uji-${n}`, contractor, contractValue };
}

const NAMES = ['PT Maju Jaya', 'pt  maju jaya', 'CV Beton', 'CV Alfa', 'PT Zeta', '  ', '—', undefined];
const contractedArbitrary = fc
  .tuple(projectArbitrary, fc.constantFrom(...NAMES))
  .map(([p, contractor]) => ({ ...p, contractor }));

describe('the largest contractors', () => {
  it('groups spellings of one firm, keeps the first spelling, and ranks by contract value', () => {
    const data = topContractors([
      project('CV Beton', 300),
      project('PT Maju  Jaya', 100),
      project('pt maju jaya', 250),
      project('CV Alfa', 50),
    ]);
    expect(data.top).toEqual([
      { key: 'pt-maju-jaya', name: 'PT Maju  Jaya', contracts: 2, contractValue: 350 },
      { key: 'cv-beton', name: 'CV Beton', contracts: 1, contractValue: 300 },
      { key: 'cv-alfa', name: 'CV Alfa', contracts: 1, contractValue: 50 },
    ]);
    expect(data.contractors).toBe(3);
    expect(data.contractValue).toBe(700);
    expect(data.top5Value).toBe(700);
  });

  it('breaks ties by name, whatever the order of the data', () => {
    const projects = [project('PT Zeta', 100), project('CV Beta', 100), project('CV Alfa', 100)];
    const names = (list: Project[]) => topContractors(list).top.map((row) => row.name);
    expect(names(projects)).toEqual(['CV Alfa', 'CV Beta', 'PT Zeta']);
    expect(names([...projects].reverse())).toEqual(['CV Alfa', 'CV Beta', 'PT Zeta']);
  });

  it('keeps ten, and the share of the five largest is theirs over every contract value', () => {
    const projects = Array.from({ length: 12 }, (_, i) => project(`PT Firma ${i + 1}`, (i + 1) * 10));
    projects.push(project(undefined, 220));
    const data = topContractors(projects);
    expect(data.top).toHaveLength(10);
    expect(data.top[0]!.name).toBe('PT Firma 12');
    expect(data.contractors).toBe(12);
    // 120 + 110 + 100 + 90 + 80 of (10 + … + 120) + 220 without a contractor.
    expect(data.top5Value).toBe(500);
    expect(data.contractValue).toBe(780 + 220);
    expect(data.top5Value / data.contractValue).toBe(0.5);
  });

  it('counts projects without a contractor or a contract value instead of dropping them', () => {
    const data = topContractors([
      project(undefined, 500),
      project('   ', undefined),
      project('CV Beton', undefined),
      project('CV Beton', 40),
      project('PT Tanpa Nilai', undefined),
      project('PT Tidak Terhingga', Number.NaN),
    ]);
    expect(data.noContractor).toBe(2);
    expect(data.noValue).toBe(3);
    expect(data.contractors).toBe(3);
    // A firm with no known value is counted, not ranked at Rp 0.
    expect(data.top).toEqual([{ key: 'cv-beton', name: 'CV Beton', contracts: 2, contractValue: 40 }]);
    expect(data.contractValue).toBe(540);
  });

  it('keeps names without a key apart, with an empty key (no page to link to)', () => {
    const data = topContractors([project('—', 10), project('–', 20), project('—', 5)]);
    expect(data.top).toEqual([
      { key: '', name: '–', contracts: 1, contractValue: 20 },
      { key: '', name: '—', contracts: 2, contractValue: 15 },
    ]);
  });

  it('adds up: rows and the unplaced make every project and every rupiah', () => {
    fc.assert(
      fc.property(fc.array(contractedArbitrary, { maxLength: 40 }), (projects) => {
        const all = topContractors(projects, Infinity);
        const known = projects.filter((p) => p.contractValue !== undefined);
        expect(all.contractValue).toBe(known.reduce((sum, p) => sum + p.contractValue!, 0));
        const withoutContractor = projects.filter((p) => !p.contractor?.trim());
        expect(all.noContractor).toBe(withoutContractor.length);
        const ranked = all.top.reduce((sum, row) => sum + row.contractValue, 0);
        const unplaced = withoutContractor.reduce((sum, p) => sum + (p.contractValue ?? 0), 0);
        expect(ranked + unplaced).toBe(all.contractValue);
        const contracts = all.top.reduce((sum, row) => sum + row.contracts, 0);
        expect(contracts).toBeLessThanOrEqual(projects.length - all.noContractor);
        expect(all.top.length).toBeLessThanOrEqual(all.contractors);
        for (const row of all.top) if (row.key) expect(row.key).toBe(contractorKey(row.name));
        for (let i = 1; i < all.top.length; i++)
          expect(all.top[i - 1]!.contractValue).toBeGreaterThanOrEqual(all.top[i]!.contractValue);

        const ten = topContractors(projects);
        expect(ten.top).toEqual(all.top.slice(0, 10));
        expect(ten.top5Value).toBe(all.top.slice(0, 5).reduce((sum, row) => sum + row.contractValue, 0));
        expect(ten.top5Value).toBeLessThanOrEqual(ten.contractValue);
      }),
    );
  });

  it('of nothing is nothing, never NaN', () => {
    expect(topContractors([])).toEqual({
      top: [],
      contractValue: 0,
      top5Value: 0,
      contractors: 0,
      noContractor: 0,
      noValue: 0,
    });
  });
});
