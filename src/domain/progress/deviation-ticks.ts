/**
 * Round ticks for a deviation axis (percentage points): 0, −10, −20 rather than Recharts' 5, −2,
 * −12. Steps of 5 for a narrow range, 10 otherwise; always through 0, and covering [low, high].
 */
export function deviationTicks(low: number, high: number): { domain: [number, number]; ticks: number[] } {
  const lo = Math.min(0, low);
  const hi = Math.max(0, high);
  const step = hi - lo <= 20 ? 5 : hi - lo <= 60 ? 10 : 20;
  const start = Math.floor(lo / step) * step;
  const end = Math.ceil(hi / step) * step;
  const ticks: number[] = [];
  for (let t = start; t <= end; t += step) ticks.push(t === 0 ? 0 : t);
  return { domain: [start, end], ticks };
}
