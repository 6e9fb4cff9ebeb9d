/** Sums a field over rows, skipping rows where it is missing (they are not zero, they are unknown). */
export function sumBy<T>(rows: readonly T[], value: (row: T) => number | undefined): number {
  let total = 0;
  for (const row of rows) {
    const v = value(row);
    if (v !== undefined && Number.isFinite(v)) total += v;
  }
  return total;
}
