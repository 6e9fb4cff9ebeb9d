/**
 * `npm run bench`: the map page, /statistik and a project page in Chromium, as the issue on the
 * published data path asks (tests/bench/plan.ts): the build's sample as the baseline; 1,000,
 * 10,000 and 100,000 generated projects published by `npm run data:publish`'s code; 10,000 and
 * (as the stress point) 50,000 served raw, each with a second visit in the same profile. Served
 * by the e2e static server, compressed as a host does. Prints markdown tables for the README and
 * one PASS/FAIL line per "done when" condition. A report, not a gate: it exits 0 unless the app
 * does not load at all. Figures vary with the machine and its load; compare runs on one machine.
 * BENCH_RUNS, BENCH_ONLY, BENCH_STRESS (plan.ts), BENCH_DIST and BENCH_VERBOSE adjust a run.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchBrowser } from '../e2e/support/browser';
import { DIST_DIR } from '../e2e/support/env';
import { startBenchServer } from './bench-server';
import { describeMachine, loadNow, machineLine } from './machine';
import { plan } from './plan';
import {
  pointFolder,
  prepareGenerated,
  prepareSample,
  unprepared,
  type PreparedPoint,
} from './prepare-point';
import { printTables } from './report';
import { measurePoint, warmUp, type PointResult } from './run-point';
import type { DataRequest } from './data-requests';
import { count, ms, median } from './stats';
import { verdictLines } from './verdicts';

/** BENCH_VERBOSE=1: the first visits' data requests and long tasks, and the project visit's requests. */
function logDetails(result: PointResult): void {
  const visits: [string, DataRequest[] | undefined][] = [
    ['/', result.home[0]?.data],
    ['/ again', result.secondVisit[0]?.data],
    ['/proyek', result.project?.data],
  ];
  for (const [name, data] of visits)
    for (const q of data ?? [])
      console.log(
        `    ${name}: ${q.by}${q.viaServiceWorker ? ' (via service worker)' : ''} ${q.path} ${q.status} ${q.bytes} B`,
      );
  for (const [name, visit] of [
    ['/', result.home[0]],
    ['/ again', result.secondVisit[0]],
  ] as const)
    for (const task of visit?.longTasks ?? [])
      console.log(`    ${name}: long task at ${ms(task.start)} ms, ${ms(task.duration)} ms`);
}

function progress(result: PointResult): void {
  if (process.env.BENCH_VERBOSE) logDetails(result);
  const shown = median(result.home.map((v) => v.listReady));
  const visits = [...result.home, ...result.secondVisit];
  const errors = visits.flatMap((v) => [...v.pageErrors, ...(v.stepError ? [v.stepError] : [])]);
  console.log(
    `  count shown ${ms(shown)} ms (median)${result.failure ? `; STOPPED: ${result.failure}` : ''}` +
      `${errors.length ? `; page errors, failed steps: ${[...new Set(errors)].join(' | ')}` : ''}`,
  );
}

async function main(): Promise<number> {
  // BENCH_DIST: measure a build kept elsewhere (e.g. while dist/ is being rebuilt).
  const dist = process.env.BENCH_DIST ?? DIST_DIR;
  if (!existsSync(join(dist, 'index.html')))
    throw new Error('dist/ is missing: run `npm run bench` (it builds first).');
  const tmp = mkdtempSync(join(tmpdir(), 'pantaubangun-bench-'));
  const server = await startBenchServer(dist, join(tmp, 'dist'));
  const browser = await launchBrowser();
  const machine = describeMachine(browser.version());
  const results: PointResult[] = [];
  try {
    const sample = prepareSample(server.root);
    await warmUp(browser, server, sample);
    for (const point of plan(sample.projects)) {
      const started = Date.now();
      let data: PreparedPoint = sample;
      let result: PointResult;
      try {
        if (!point.sample) {
          console.log(
            `${point.label}: generating and writing ${count(point.count)} projects (${point.path})…`,
          );
          data = await prepareGenerated(point, tmp);
        }
        console.log(`${point.label}: measuring ${point.runs} load(s)…`);
        result = await measurePoint(browser, server, point, data);
      } catch (error) {
        // Data that could not be made (out of memory, say) is a finding, not the end of the report.
        const failure = error instanceof Error ? error.message : String(error);
        result = {
          point,
          data: unprepared(point),
          home: [],
          secondVisit: [],
          statistics: [],
          aggregates: NaN,
          failure,
        };
      }
      if (!point.sample) rmSync(pointFolder(point, tmp), { recursive: true, force: true });
      results.push(result);
      progress(result);
      console.log(`  (${((Date.now() - started) / 1000).toFixed(0)} s)`);
    }
  } finally {
    await browser.close();
    await server.close();
    rmSync(tmp, { recursive: true, force: true });
  }
  machine.loadEnd = loadNow();
  console.log(`\n${machineLine(machine)}`);
  printTables(results);
  console.log("\n*Done when* (the issue's conditions):\n");
  for (const verdict of verdictLines(results)) console.log(verdict);
  // Only a sample that never shows its count means the app does not load at all.
  return results.find((r) => r.point.sample)?.home.length ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
