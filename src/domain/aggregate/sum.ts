/** A number that can be added: missing values are unknown, not zero. */
export const isKnownNumber = (value: number | undefined): value is number =>
  value !== undefined && Number.isFinite(value);

/** Sums a field over rows, skipping rows where it is missing (they are not zero, they are unknown). */
export function sumBy<T>(rows: readonly T[], value: (row: T) => number | undefined): number {
  let total = 0;
  for (const row of rows) {
    const v = value(row);
    if (isKnownNumber(v)) total += v;
  }
  return total;
}
