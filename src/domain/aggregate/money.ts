import type { Project } from '../project/types';

/**
 * Realisasi keuangan of one project at the as-of date, in Rupiah: the published cumulative amount,
 * else the published percentage of the contract value. Undefined when nothing was reported.
 */
export function paidAmount(project: Project): number | undefined {
  const { financialAmount, financialPercent } = project.progress;
  if (financialAmount !== undefined && Number.isFinite(financialAmount)) return financialAmount;
  if (financialPercent !== undefined && project.contractValue)
    return (financialPercent / 100) * project.contractValue;
  return undefined;
}

/** A contract value that can weigh progress: present and positive. */
export function contractWeight(project: Project): number | undefined {
  const value = project.contractValue;
  return value !== undefined && Number.isFinite(value) && value > 0 ? value : undefined;
}

/** a ÷ b × 100, or undefined when there is nothing to divide by (never NaN or Infinity). */
export function percentOf(part: number, whole: number): number | undefined {
  return whole > 0 && Number.isFinite(part) ? (part / whole) * 100 : undefined;
}
