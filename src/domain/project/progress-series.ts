import type { Oc4idsMetric } from '../oc4ids/schema';
import type { FinancialPoint, ProgressPoint } from './types';
import { compareCodes } from '../text/compare';

// Reports repeat the same few hundred timestamps across thousands of packages: check each once.
const dayCache = new Map<string, string | undefined>();

export function isoDay(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  const known = dayCache.get(value);
  if (known !== undefined || dayCache.has(value)) return known;
  const match = /^(\d{4}-\d{2}-\d{2})/.exec(value);
  const day = match && !Number.isNaN(Date.parse(`${match[1]}T00:00:00Z`)) ? match[1] : undefined;
  if (dayCache.size < 100_000) dayCache.set(value, day);
  return day;
}

function toNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'string' && value.trim() !== '') {
    const parsed = Number(value.replace('%', '').replace(',', '.'));
    return Number.isFinite(parsed) ? parsed : undefined;
  }
  return undefined;
}

type Oc4idsObservation = NonNullable<Oc4idsMetric['observations']>[number];

/** The day an observation reports on: its period's end, or its start when that is all it gives. */
export function observationDay(observation: Oc4idsObservation): string | undefined {
  return isoDay(observation.period?.endDate ?? observation.period?.startDate);
}

function observationsOf(metrics: readonly Oc4idsMetric[] | null | undefined, id: string) {
  const observations: Oc4idsObservation[] = [];
  for (const metric of metrics ?? [])
    if (metric.id === id) for (const observation of metric.observations ?? []) observations.push(observation);
  return observations;
}

/**
 * A cumulative percentage series, sorted by date. Observations without a date or a number are
 * skipped (not guessed), values are clamped to 0–100, and a repeated date keeps the last value.
 */
export function percentSeries(
  metrics: readonly Oc4idsMetric[] | null | undefined,
  id: string,
): ProgressPoint[] {
  const points: ProgressPoint[] = [];
  let inOrder = true;
  for (const observation of observationsOf(metrics, id)) {
    const date = observationDay(observation);
    const value = toNumber(observation.measure);
    if (date === undefined || value === undefined) continue;
    if (inOrder && points.length > 0 && date <= points[points.length - 1]!.date) inOrder = false;
    points.push({ date, value: Math.min(100, Math.max(0, value)) });
  }
  // Reports usually come in date order, one per date: then the points are the series as they are.
  if (inOrder) return points;
  const byDate = new Map<string, number>();
  for (const { date, value } of points) byDate.set(date, value);
  // ISO days sort as plain strings (localeCompare is many times slower, for the same order).
  return [...byDate.entries()]
    .sort(([a], [b]) => compareCodes(a, b))
    .map(([date, value]) => ({ date, value }));
}

/** Payments: Rupiah amounts and/or % of contract value; % is derived from the amount when absent. */
export function financialSeries(
  metrics: readonly Oc4idsMetric[] | null | undefined,
  contractValue: number | undefined,
): FinancialPoint[] {
  const byDate = new Map<string, FinancialPoint>();
  for (const observation of observationsOf(metrics, 'financialProgress')) {
    const date = observationDay(observation);
    if (date === undefined) continue;
    const amount = toNumber(observation.value?.amount);
    const measured = toNumber(observation.measure);
    const percent =
      measured ?? (amount !== undefined && contractValue ? (amount / contractValue) * 100 : undefined);
    if (amount === undefined && percent === undefined) continue;
    byDate.set(date, { date, amount, percent: percent === undefined ? undefined : Math.max(0, percent) });
  }
  return [...byDate.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
