/**
 * What `npm run bench` measures: the built sample as the baseline, then generated packages served
 * published (`npm run data:publish`'s folder, config.json with indexUrl) or raw (a package alone,
 * config.json without indexUrl: the worker reads it), as in the issue's "done when".
 */
export type DataPath = 'published' | 'raw';

export interface Point {
  /** Row label in the progress log, and the name BENCH_ONLY takes. */
  label: string;
  /** Projects asked of the generator; the sample's own count for the sample. */
  count: number;
  path: DataPath;
  /** The sample is the build's own published folder; every other point is generated. */
  sample: boolean;
  /** Loads measured (the tables show medians). */
  runs: number;
  /** A second visit in the same browser profile after each first one (raw: the derived-index cache). */
  secondVisit: boolean;
}

// Seed of the sample: generated points are the sample's programme, larger.
export const SEED = 2023;
/** Loads per point: a median of 5 rides out most of a shared machine's noise. */
const RUNS = Number(process.env.BENCH_RUNS ?? 5);

/**
 * The points, in the order measured. 100,000 published gets at most 3 loads: publishing it takes
 * minutes and gigabytes, each load after that is quick. 50,000 raw is the old stress point, kept
 * raw (a 0.5 GB package read by the browser's worker): one load and a second visit, about a minute
 * in all; BENCH_STRESS=off skips it.
 */
export function plan(sampleCount: number): Point[] {
  const point = (label: string, count: number, path: DataPath, runs = RUNS): Point => ({
    label,
    count,
    path,
    sample: false,
    runs,
    secondVisit: path === 'raw',
  });
  const points: Point[] = [
    { ...point('sample', sampleCount, 'published'), sample: true },
    point('1,000', 1_000, 'published'),
    point('10,000', 10_000, 'published'),
    point('10,000 raw', 10_000, 'raw'),
    point('100,000', 100_000, 'published', Math.min(RUNS, 3)),
  ];
  if (process.env.BENCH_STRESS !== 'off') points.push(point('50,000 raw (stress)', 50_000, 'raw', 1));
  // BENCH_ONLY="1,000;10,000 raw": only the points with these labels (the sample is the baseline of
  // every ratio, so it is always measured).
  const only = process.env.BENCH_ONLY?.split(/\s*;\s*/);
  return only ? points.filter((p) => p.sample || only.includes(p.label)) : points;
}
