import type { KurvaS } from '../aggregate/kurva-s';

/** A programme kurva S read at the data's as-of date: plan, actual and their gap. */
export interface CurveSummary {
  /** The last date with a known actual (the as-of date when it falls in the curve's year). */
  date: string;
  planned: number;
  actual: number;
  /** actual − planned, in percentage points. */
  deviation: number;
  financial?: number;
  /** Packages weighed in the curve, and their total contract value (the curve's 100 %). */
  packages: number;
  weight: number;
}

/**
 * The latest point of the curve whose actual progress is known. Undefined when no package has both
 * a contract value and a plan (then nothing can be weighed).
 */
export function curveSummary(curve: KurvaS): CurveSummary | undefined {
  const point = curve.points.findLast((p) => p.actual !== undefined);
  if (!point || point.actual === undefined) return undefined;
  return {
    date: point.date,
    planned: point.planned,
    actual: point.actual,
    deviation: point.actual - point.planned,
    financial: point.financial,
    packages: curve.packages,
    weight: curve.weight,
  };
}
