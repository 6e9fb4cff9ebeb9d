import type { FinancialPoint, ProgressPoint } from '../project/types';
import { PERIOD_I_MAX_PLAN, PERIOD_I_TOLERANCE, PERIOD_II_TOLERANCE } from './kritis';
import { roundPoints, valueAt } from './series';

/** One date on a project's kurva S: every figure the chart, its table and its CSV show. */
export interface KurvaSRow {
  /** ISO date, yyyy-mm-dd. */
  date: string;
  /** Milliseconds since epoch (UTC midnight): a time axis spaces uneven reporting dates honestly. */
  time: number;
  /** Planned cumulative physical progress, %; published, or interpolated between published points. */
  planned?: number;
  /** True when no plan was published for this date and the value is read off the straight line. */
  plannedInterpolated: boolean;
  /** Actual cumulative physical progress reported on this date, %. */
  actual?: number;
  /** realisasi − rencana in percentage points, only on report dates. */
  deviation?: number;
  /** Cumulative payments as % of the contract value (serapan), when reported on this date. */
  financial?: number;
  financialAmount?: number;
  /** [plan − tolerance, plan]: actual progress inside it is not kritis by the lag rule. */
  band?: [number, number];
}

/** How far actual may lag the plan before the contract is kritis: 10 points up to 70 %, 5 above. */
export function toleranceFor(planned: number): number {
  return planned <= PERIOD_I_MAX_PLAN ? PERIOD_I_TOLERANCE : PERIOD_II_TOLERANCE;
}

/** The shaded band under the plan; never below 0 %. */
export function toleranceBand(planned: number): [number, number] {
  const plan = roundPoints(planned);
  return [Math.max(0, roundPoints(plan - toleranceFor(plan))), plan];
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const timeOf = (date: string) => Date.parse(`${date}T00:00:00Z`);

/**
 * Sorted by date, one value per date (the last one given wins), invalid dates and values dropped.
 * The mapping already does this; a chart reused by embeds must not trust its caller.
 */
function cleanSeries<T extends { date: string }>(series: readonly T[], valueOf: (p: T) => unknown): T[] {
  const byDate = new Map<string, T>();
  for (const point of series) {
    const value = valueOf(point);
    if (!DAY.test(point.date) || Number.isNaN(timeOf(point.date))) continue;
    if (typeof value !== 'number' || !Number.isFinite(value)) continue;
    byDate.set(point.date, point);
  }
  // ISO days sort as plain strings. Not localeCompare (~100 ms of a slowed phone for this sort) and
  // not compareCodes either: importing text/compare would add its chunk to the kurva S embed.
  return [...byDate.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

export interface KurvaSInput {
  plannedProgress: readonly ProgressPoint[];
  actualProgress: readonly ProgressPoint[];
  financialProgress: readonly FinancialPoint[];
}

/**
 * Every date that has a plan, a report or a payment, with the plan read at each date (published or
 * interpolated), the deviation on report dates and the tolerance band wherever a plan exists.
 */
export function buildKurvaSRows(input: KurvaSInput): KurvaSRow[] {
  const planned = cleanSeries(input.plannedProgress, (p) => p.value);
  const actual = cleanSeries(input.actualProgress, (p) => p.value);
  const financial = cleanSeries(input.financialProgress, (p) => p.percent ?? p.amount);
  const plannedOn = new Map(planned.map((p) => [p.date, p.value]));
  const actualOn = new Map(actual.map((p) => [p.date, p.value]));
  const financialOn = new Map(financial.map((p) => [p.date, p]));
  const dates = [...new Set([...plannedOn.keys(), ...actualOn.keys(), ...financialOn.keys()])].sort();
  return dates.map((date) => {
    const published = plannedOn.get(date);
    const plan = published ?? (planned.length > 0 ? valueAt(planned, date) : undefined);
    const report = actualOn.get(date);
    const payment = financialOn.get(date);
    const row: KurvaSRow = { date, time: timeOf(date), plannedInterpolated: false };
    if (plan !== undefined) {
      row.planned = roundPoints(plan);
      row.plannedInterpolated = published === undefined;
      row.band = toleranceBand(plan);
    }
    if (report !== undefined) {
      row.actual = report;
      if (plan !== undefined) row.deviation = roundPoints(report - plan);
    }
    if (payment?.percent !== undefined) row.financial = roundPoints(payment.percent);
    if (payment?.amount !== undefined) row.financialAmount = payment.amount;
    return row;
  });
}

export interface DeviationPoint {
  date: string;
  planned: number;
  actual: number;
  deviation: number;
  tolerance: number;
  /** Lags the plan by more than the tolerance of its period (the lag part of the kritis rule). */
  beyondTolerance: boolean;
}

/** Deviation at every progress report that has a plan to compare with: the "per periode" view. */
export function deviationSeries(
  input: Pick<KurvaSInput, 'plannedProgress' | 'actualProgress'>,
): DeviationPoint[] {
  const planned = cleanSeries(input.plannedProgress, (p) => p.value);
  if (planned.length === 0) return [];
  return cleanSeries(input.actualProgress, (p) => p.value).map(({ date, value }) => {
    const plan = roundPoints(valueAt(planned, date) ?? 0);
    const deviation = roundPoints(value - plan);
    const tolerance = toleranceFor(plan);
    return {
      date,
      planned: plan,
      actual: value,
      deviation,
      tolerance,
      beyondTolerance: -deviation > tolerance,
    };
  });
}
