import { openingRequests, pageBytes } from './data-requests';
import type { PointResult } from './run-point';
import { count, kB, median, ms, worst } from './stats';

/** The issue's limits ("done when"). */
const PUBLISHED_RATIO = 1.5;
const RAW_RATIO = 4;
const MAX_TASK_MS = 200;
const FILTER_SCRIPT_MS = 50;
/** "One request of a few kB": the project's own file, compressed, with its headers. */
const PROJECT_REQUEST_BYTES = 10_000;

interface Verdict {
  pass: boolean;
  text: string;
}

const line = ({ pass, text }: Verdict) => `${pass ? 'PASS' : 'FAIL'} ${text}`;
const missing = (what: string, r?: PointResult): Verdict => ({
  pass: false,
  text: `${what}: not measured${r?.failure ? ` (${r.failure})` : ''}`,
});
const shown = (r: PointResult, visits = r.home) => median(visits.map((v) => v.listReady));

function ratio(
  what: string,
  r: PointResult | undefined,
  sampleMs: number,
  limit: number,
  visits = r?.home,
): Verdict {
  if (!r || !visits?.length || !Number.isFinite(sampleMs)) return missing(what, r);
  const value = median(visits.map((v) => v.listReady));
  return {
    pass: value / sampleMs <= limit,
    text: `${what}: count shown at ${ms(value)} ms, ${(value / sampleMs).toFixed(2)}× the sample's ${ms(sampleMs)} ms (limit ${limit}×)`,
  };
}

function longTasks(what: string, r: PointResult | undefined): Verdict {
  if (!r?.home.length) return missing(what, r);
  const longest = worst(r.home.map((v) => v.longestTask));
  return {
    pass: longest <= MAX_TASK_MS,
    text:
      `${what}: longest main-thread task before the count ${ms(longest)} ms in the worst of ` +
      `${r.home.length} loads, ${ms(median(r.home.map((v) => v.longestTask)))} ms in the median one (limit ${MAX_TASK_MS} ms)`,
  };
}

/** Per step, the median over the loads (the figure the table shows); the worst single one beside it. */
function filters(what: string, r: PointResult | undefined): Verdict {
  const names = [...new Set(r?.home.flatMap((v) => v.steps.map((s) => s.name)) ?? [])];
  if (!r || !names.length) return missing(what, r);
  const medians = names.map((name) => ({
    name,
    value: median(r.home.flatMap((v) => v.steps.filter((s) => s.name === name).map((s) => s.applyFilters))),
  }));
  const slowest = medians.reduce((a, b) => (b.value > a.value ? b : a));
  const single = worst(r.home.flatMap((v) => v.steps.map((s) => s.applyFilters)));
  const unanswered = r.home.find((v) => v.stepError)?.stepError;
  return {
    pass: !unanswered && medians.every((m) => m.value <= FILTER_SCRIPT_MS),
    text:
      `${what}: filtering script at most ${ms(slowest.value)} ms ("${slowest.name}", median of ` +
      `${r.home.length}; slowest single step ${ms(single)} ms), limit ${FILTER_SCRIPT_MS} ms per step` +
      `${unanswered ? `; a step did not answer: ${unanswered}` : ''}`,
  };
}

function projectPage(what: string, r: PointResult | undefined): Verdict[] {
  if (!r?.project) return [missing(what, r)];
  const { opening: own, offlineCopies } = openingRequests(r.project.data);
  const index = (q: { path: string }) => q.path.endsWith('/index.json');
  const workerFetches = r.project.data.filter((q) => q.by === 'service worker');
  const worker = workerFetches.filter(index);
  const bytes = pageBytes([...own, ...workerFetches]);
  const copies = offlineCopies > 0 ? `; then ${offlineCopies} read again for the offline copy` : '';
  return [
    {
      pass: own.length === 1 && bytes <= PROJECT_REQUEST_BYTES && !own.some(index),
      text: `${what}: the page made ${own.length} data request(s), ${kB(bytes)} (one, at most ${kB(PROJECT_REQUEST_BYTES)}, not index.json)${copies}`,
    },
    {
      pass: worker.length === 0,
      text: `${what}: index.json not downloaded during the visit, service worker included${worker.length ? ` (its install fetched index.json, ${kB(worker[0]!.bytes)})` : ''}`,
    },
  ];
}

function works(what: string, r: PointResult | undefined): Verdict {
  if (!r?.home.length) return missing(what, r);
  const answered = r.home.every((v) => v.steps.length > 0 && !v.stepError);
  const pass = answered && r.project !== undefined && !r.failure;
  return {
    pass,
    text:
      `${what}: count shown at ${ms(shown(r))} ms (median of ${r.home.length}), filter steps ` +
      `${answered ? 'answered in every load' : 'not all answered'}, a project page shown at ` +
      `${ms(r.project?.shown ?? NaN)} ms${r.failure ? `; stopped: ${r.failure}` : ''}`,
  };
}

/** One PASS/FAIL line per "done when" condition. A report, not a gate: the bench exits 0 either way. */
export function verdictLines(results: PointResult[]): string[] {
  const find = (path: string, n: number) =>
    results.find((r) => !r.point.sample && r.point.path === path && r.point.count === n);
  const sample = results.find((r) => r.point.sample);
  const sampleMs = sample ? shown(sample) : NaN;
  const published = find('published', 10_000);
  const raw = find('raw', 10_000);
  const big = find('published', 100_000);
  const verdicts: Verdict[] = [
    ratio('10,000 published', published, sampleMs, PUBLISHED_RATIO),
    longTasks('10,000 published', published),
    filters('10,000 published', published),
    ...projectPage('10,000 published, /proyek', published),
    ratio('10,000 raw, first visit', raw, sampleMs, RAW_RATIO),
    ratio(
      '10,000 raw, second visit in the same profile (the published bar)',
      raw,
      sampleMs,
      PUBLISHED_RATIO,
      raw?.secondVisit,
    ),
    works('100,000 published, the app works', big),
  ];
  const lines = verdicts.map(line);
  if (published && raw?.secondVisit.length)
    lines.push(
      `INFO 10,000 raw, second visit: ${(shown(raw, raw.secondVisit) / shown(published)).toFixed(2)}× the published 10,000's time`,
    );
  lines.push(
    `INFO points measured: ${results.map((r) => `${count(r.data.projects)} ${r.point.path}`).join(', ')}`,
  );
  return lines;
}
