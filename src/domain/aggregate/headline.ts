import type { Project } from '../project/types';
import { sumBy } from './sum';
import { contractWeight, paidAmount, percentOf } from './money';
import { HANDLED_STATUSES, roadLength, type RoadLength } from './road-length';

export interface HeadlineFigures {
  packages: number;
  pagu: number;
  contractValue: number;
  /** Realisasi keuangan: Rupiah paid at the as-of date. */
  paid: number;
  /** Serapan anggaran = paid ÷ pagu × 100 (the press and BPK use pagu as the base). */
  serapanPercent?: number;
  /** Physical progress weighted by contract value over `physicalBasis` packages. */
  physicalPercent?: number;
  /** Packages with a contract value and a progress report: the base of physicalPercent. */
  physicalBasis: number;
  road: RoadLength;
  /** Bridge packages handled (same statuses as roads). */
  bridges: number;
  completed: number;
  inProgress: number;
  late: number;
  kritis: number;
  terminated: number;
  failedTender: number;
}

/** Σ(contract value × actual %) ÷ Σ contract value, over contracted packages that reported. */
export function weightedPhysical(projects: readonly Project[]): { percent?: number; basis: number } {
  let weighted = 0;
  let weights = 0;
  let basis = 0;
  for (const project of projects) {
    const weight = contractWeight(project);
    const actual = project.progress.actual;
    if (weight === undefined || actual === undefined) continue;
    weighted += weight * actual;
    weights += weight;
    basis += 1;
  }
  return { percent: weights > 0 ? weighted / weights : undefined, basis };
}

export function headlineFigures(projects: readonly Project[]): HeadlineFigures {
  const pagu = sumBy(projects, (p) => p.pagu);
  const paid = sumBy(projects, paidAmount);
  const physical = weightedPhysical(projects);
  const count = (test: (p: Project) => boolean) => projects.reduce((n, p) => n + (test(p) ? 1 : 0), 0);
  return {
    packages: projects.length,
    pagu,
    contractValue: sumBy(projects, (p) => p.contractValue),
    paid,
    serapanPercent: percentOf(paid, pagu),
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
