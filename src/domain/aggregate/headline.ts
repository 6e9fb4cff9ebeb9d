import type { Project } from '../project/types';
import { contractWeight, paidAmount, percentOf } from './money';
import { addRoad, HANDLED_STATUSES, type RoadLength } from './road-length';
import { isKnownNumber } from './sum';

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

/**
 * One pass over the projects (the page recomputes this for every filter, over up to tens of
 * thousands of packages). Each total adds the same terms in the same order as sumBy(),
 * weightedPhysical() and roadLength() do, so the figures are bit-for-bit the same as theirs.
 */
export function headlineFigures(projects: readonly Project[]): HeadlineFigures {
  let pagu = 0;
  let contractValue = 0;
  let paid = 0;
  let weighted = 0;
  let weights = 0;
  let physicalBasis = 0;
  const road: RoadLength = { totalM: 0, fromGeometryM: 0, fromVolumeM: 0, packages: 0, unknownLength: 0 };
  let bridges = 0;
  let completed = 0;
  let inProgress = 0;
  let late = 0;
  let kritis = 0;
  let terminated = 0;
  let failedTender = 0;
  for (const project of projects) {
    if (isKnownNumber(project.pagu)) pagu += project.pagu;
    if (isKnownNumber(project.contractValue)) contractValue += project.contractValue;
    const amount = paidAmount(project);
    if (isKnownNumber(amount)) paid += amount;
    const weight = contractWeight(project);
    const actual = project.progress.actual;
    if (weight !== undefined && actual !== undefined) {
      weighted += weight * actual;
      weights += weight;
      physicalBasis += 1;
    }
    const status = project.status;
    const handled = HANDLED_STATUSES.includes(status);
    if (handled && project.category === 'jalan') addRoad(road, project);
    if (handled && project.category === 'jembatan') bridges += 1;
    if (status === 'selesai') completed += 1;
    else if (status === 'pelaksanaan') inProgress += 1;
    else if (status === 'putus-kontrak') terminated += 1;
    else if (status === 'gagal-tender') failedTender += 1;
    if (project.progress.late) late += 1;
    if (project.progress.kritis?.kritis === true) kritis += 1;
  }
  return {
    packages: projects.length,
    pagu,
    contractValue,
    paid,
    serapanPercent: percentOf(paid, pagu),
    physicalPercent: weights > 0 ? weighted / weights : undefined,
    physicalBasis,
    road,
    bridges,
    completed,
    inProgress,
    late,
    kritis,
    terminated,
    failedTender,
  };
}
