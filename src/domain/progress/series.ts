import type { ProgressPoint } from '../project/types';

const dayNumber = (isoDate: string): number => Date.parse(`${isoDate}T00:00:00Z`) / 86_400_000;

/**
 * The planned value on a date, interpolated linearly between the two surrounding observations;
 * 0 before the first and the last value after the end. Undefined when there is no plan.
 */
export function valueAt(series: readonly ProgressPoint[], date: string): number | undefined {
  if (series.length === 0) return undefined;
  const target = dayNumber(date);
  const first = series[0]!;
  if (target < dayNumber(first.date)) return 0;
  for (let i = 1; i < series.length; i++) {
    const next = series[i]!;
    if (target <= dayNumber(next.date)) {
      const previous = series[i - 1]!;
      const span = dayNumber(next.date) - dayNumber(previous.date);
      const t = span === 0 ? 1 : (target - dayNumber(previous.date)) / span;
      return previous.value + (next.value - previous.value) * t;
    }
  }
  return series[series.length - 1]!.value;
}

/** The last observation on or before a date. */
export function latestOnOrBefore<T extends { date: string }>(
  series: readonly T[],
  date: string,
): T | undefined {
  let latest: T | undefined;
  for (const point of series) if (point.date <= date) latest = point;
  return latest;
}

/** Rounds to hundredths so that 59.999999 - 70 compares as the -10.00 that was reported. */
export function roundPoints(value: number): number {
  return Math.round(value * 100) / 100;
}
