import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mostDelayed, rankDelayed, type DelayedPackage } from '../../src/domain/aggregate/delayed';
import { budgetByFunding, fundingShares } from '../../src/domain/aggregate/funding';
import { headlineFigures, weightedPhysical } from '../../src/domain/aggregate/headline';
import { kurvaSSeries, programmeKurvaS } from '../../src/domain/aggregate/kurva-s';
import { paidAmount } from '../../src/domain/aggregate/money';
import { HANDLED_STATUSES, roadLength } from '../../src/domain/aggregate/road-length';
import { sumBy } from '../../src/domain/aggregate/sum';
import type { Project } from '../../src/domain/project/types';
import { projectsArbitrary, sampleProjects } from './aggregate-arbitraries';

/**
 * The aggregates take shortcuts so that 10,000 packages stay interactive (one pass, per-project
 * caches, a short ranking instead of a full sort). Each must give exactly what the plain
 * definition gives: same terms, same order, so equal to the last bit.
 */

/** The headline figures by their definitions, one pass per figure. */
function headlineByDefinition(projects: readonly Project[]) {
  const count = (test: (p: Project) => boolean) => projects.filter(test).length;
  const physical = weightedPhysical(projects);
  return {
    packages: projects.length,
    pagu: sumBy(projects, (p) => p.pagu),
    contractValue: sumBy(projects, (p) => p.contractValue),
    paid: sumBy(projects, paidAmount),
    physicalPercent: physical.percent,
    physicalBasis: physical.basis,
    road: roadLength(projects),
    bridges: count((p) => p.category === 'jembatan' && HANDLED_STATUSES.includes(p.status)),
    completed: count((p) => p.status === 'selesai'),
    inProgress: count((p) => p.status === 'pelaksanaan'),
    late: count((p) => p.progress.late),
    kritis: count((p) => p.progress.kritis?.kritis === true),
    terminated: count((p) => p.status === 'putus-kontrak'),
    failedTender: count((p) => p.status === 'gagal-tender'),
  };
}

/** The ranking by its definition: every package behind plan, stably sorted, cut to the limit. */
function delayedByDefinition(projects: readonly Project[], limit: number): DelayedPackage[] {
  return projects
    .flatMap((project) => {
      const deviation = project.progress.deviation;
      return deviation !== undefined && deviation < 0 ? [{ project, deviation }] : [];
    })
    .sort((a, b) => a.deviation - b.deviation || a.project.id.localeCompare(b.project.id))
    .slice(0, limit);
}

describe('aggregate fast paths', () => {
  const sample = sampleProjects();

  it('headline figures in one pass equal the figures by definition, to the last bit', () => {
    expect(headlineFigures(sample)).toMatchObject(headlineByDefinition(sample));
    fc.assert(
      fc.property(projectsArbitrary, (projects) => {
        expect(headlineFigures(projects)).toMatchObject(headlineByDefinition(projects));
      }),
    );
  });

  it('the road length cache gives the same figures on a second pass (sample lines included)', () => {
    const first = roadLength(sample);
    expect(first.fromGeometryM).toBeGreaterThan(0);
    expect(roadLength(sample)).toEqual(first);
    expect(headlineFigures(sample).road).toEqual(first);
  });

  it('ranks the packages furthest behind like a full stable sort, and counts every one behind', () => {
    const withTies = fc
      .tuple(projectsArbitrary, fc.integer({ min: 0, max: 80 }))
      // Few distinct deviations and ids, so ties (by deviation, and by id) are common.
      .map(([projects, limit]) => {
        const coarse = projects.map((p, i) => ({
          ...p,
          id: `acak-${i % 4}`,
          progress: {
            ...p.progress,
            deviation: p.progress.deviation && Math.round(p.progress.deviation / 40),
          },
        }));
        // Each package again under a second title: full ties whose order only a stable rank keeps.
        return { limit, projects: [...coarse, ...coarse.map((p) => ({ ...p, title: `${p.title} (2)` }))] };
      });
    fc.assert(
      fc.property(withTies, ({ projects, limit }) => {
        const expected = delayedByDefinition(projects, limit);
        const ranking = rankDelayed(projects, limit);
        expect(ranking.top).toEqual(expected);
        ranking.top.forEach((entry, i) => expect(entry.project).toBe(expected[i]!.project));
        expect(ranking.behind).toBe(delayedByDefinition(projects, Infinity).length);
        expect(mostDelayed(projects, limit)).toEqual(expected);
      }),
    );
  });

  it('splits each project over its sources once, and the buckets stay the same', () => {
    const project = sample.find((p) => p.fundingSources.length > 0)!;
    expect(fundingShares(project)).toBe(fundingShares(project));
    expect(budgetByFunding(sample)).toEqual(budgetByFunding([...sample]));
  });

  it('keeps one programme kurva S per projects array and series, and computes a new array afresh', () => {
    const series = kurvaSSeries(sample, '2023-12-29');
    const curve = programmeKurvaS(sample, series);
    expect(programmeKurvaS(sample, series)).toBe(curve);
    const copy = programmeKurvaS([...sample], series);
    expect(copy).not.toBe(curve);
    expect(copy).toEqual(curve);
    expect(programmeKurvaS(sample, kurvaSSeries(sample, '2023-06-30'))).not.toEqual(curve);
  });
});
