import { BIDANG, type Bidang, type Project } from '../project/types';
import { contractWeight, paidAmount } from './money';

export interface FisikKeuanganRow {
  key: Bidang;
  /** Contracted packages with a progress report: the base of both percentages. */
  count: number;
  contractValue: number;
  /** Physical progress weighted by contract value, %. */
  physical: number;
  /** Progres keuangan: paid ÷ contract value, % (the same base, so the two compare). */
  financial: number;
}

/**
 * Physical against financial progress per bidang, over the same packages and the same base
 * (contract value), so the gap between them is the one the press reports, not an artefact.
 */
export function fisikKeuanganByBidang(projects: readonly Project[]): FisikKeuanganRow[] {
  const sums = new Map<Bidang, { count: number; weight: number; physical: number; paid: number }>();
  for (const project of projects) {
    const weight = contractWeight(project);
    const actual = project.progress.actual;
    if (weight === undefined || actual === undefined) continue;
    const sum = sums.get(project.bidang) ?? { count: 0, weight: 0, physical: 0, paid: 0 };
    sum.count += 1;
    sum.weight += weight;
    sum.physical += weight * actual;
    sum.paid += paidAmount(project) ?? 0;
    sums.set(project.bidang, sum);
  }
  return BIDANG.flatMap((key) => {
    const sum = sums.get(key);
    if (!sum) return [];
    return [
      {
        key,
        count: sum.count,
        contractValue: sum.weight,
        physical: sum.physical / sum.weight,
        financial: (sum.paid / sum.weight) * 100,
      },
    ];
  });
}
