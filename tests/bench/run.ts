/**
 * `npm run bench`: first render and filter latency of the map page in Chromium, on generated
 * packages of 150, 1,000 and 10,000 projects served by the e2e static server, plus 50,000 as a
 * stress point (measured once: a 0.5 GB package; BENCH_STRESS=off skips it). Prints a table.
 * Figures vary with the machine; compare runs on the same one.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { generatePackage } from '../../mocks/data/generate';
import { SAMPLE_DATA_PATH } from '../../mocks/data/paths';
import { launchBrowser, openPage } from '../e2e/support/browser';
import { DIST_DIR } from '../e2e/support/env';
import { startStaticServer } from '../e2e/support/static-server';
import { installReadyProbe, timeFilterStep, type FilterStep } from './page-probes';
import { timeStatisticsPage } from './statistics-probe';
import { timeStatisticsAggregates } from './aggregate-timing';

const SIZES = [150, 1_000, 10_000];
const STRESS_SIZE = 50_000;
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const PLAN: { size: number; runs: number }[] = [
  ...SIZES.map((size) => ({ size, runs: RUNS })),
  ...(process.env.BENCH_STRESS === 'off' ? [] : [{ size: STRESS_SIZE, runs: 1 }]),
];

const median = (values: number[]) => {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor((sorted.length - 1) / 2)]! : NaN;
};
const ms = (v: number) => (Number.isFinite(v) ? v.toFixed(v < 10 ? 1 : 0) : '–');

async function scriptMs(cdp: CDPSession): Promise<number> {
  const { metrics } = (await cdp.send('Performance.getMetrics')) as {
    metrics: { name: string; value: number }[];
  };
  return (metrics.find((m) => m.name === 'ScriptDuration')?.value ?? 0) * 1000;
}

async function filterSteps(page: Page) {
  // Controls are found by their visible labels, as a reader would.
  const id = async (label: string) =>
    page
      .getByRole('search')
      .getByLabel(label, { exact: true })
      .evaluate((el) => `#${CSS.escape(el.id)}`);
  return [
    ['kategori = jalan', { selector: await id('Kategori'), value: 'jalan' }],
    ['+ status = kritis', { selector: await id('Status'), value: 'kritis' }],
    ['status = semua', { selector: await id('Status'), value: '' }],
    ['+ cari "jalan raya"', { selector: await id('Cari'), value: 'jalan raya' }],
  ] as [string, FilterStep][];
}

interface Row {
  size: number;
  mb: number;
  listReady: number[];
  mapReady: number[];
  steps: Map<string, { applyFilters: number[]; toCount: number[]; toFrame: number[]; script: number[] }>;
  statistics: { chartsReady: number[]; script: number[]; aggregates: number };
}

async function main() {
  // BENCH_DIST: measure a build kept elsewhere (e.g. while dist/ is being rebuilt).
  const root = process.env.BENCH_DIST ?? DIST_DIR;
  if (!existsSync(join(root, 'index.html')))
    throw new Error('dist/ is missing: run `npm run bench` (it builds first).');
  const server = await startStaticServer(root);
  const browser = await launchBrowser();
  const rows: Row[] = [];
  try {
    for (const { size, runs } of PLAN) {
      process.stdout.write(`generating ${size} projects… `);
      const pkg = generatePackage({ seed: 2023, count: size });
      const body = JSON.stringify(pkg);
      console.log(`${(body.length / 1e6).toFixed(1)} MB`);
      server.setOverride((req, res) => {
        if (!req.url?.startsWith(`/${SAMPLE_DATA_PATH}`)) return false;
        res.writeHead(200, { 'Content-Type': 'application/json' }).end(body);
        return true;
      });
      const row: Row = {
        size,
        mb: body.length / 1e6,
        listReady: [],
        mapReady: [],
        steps: new Map(),
        statistics: { chartsReady: [], script: [], aggregates: timeStatisticsAggregates(pkg) },
      };
      for (let run = 0; run < runs; run++) {
        const { page } = await openPage(browser, { viewport: { width: 1280, height: 900 } });
        await page.route(/tile\.openstreetmap\.org/, (route) => route.abort());
        // tsx keeps function names with a `__name` helper that serialised probes carry into the page.
        await page.addInitScript({ content: 'window.__name = (fn) => fn;' });
        await page.addInitScript(installReadyProbe, size);
        const cdp = await page.context().newCDPSession(page);
        await cdp.send('Performance.enable');
        await page.goto(`${server.url}/`);
        await page.waitForFunction(
          () => (window as unknown as { __bench: { mapReady: number } }).__bench.mapReady > 0,
          null,
          { timeout: 600_000 },
        );
        const ready = await page.evaluate(
          () => (window as unknown as { __bench: { listReady: number; mapReady: number } }).__bench,
        );
        row.listReady.push(ready.listReady);
        row.mapReady.push(ready.mapReady);
        for (const [name, step] of await filterSteps(page)) {
          const scriptBefore = await scriptMs(cdp);
          const result = await page.evaluate(timeFilterStep, step);
          const script = (await scriptMs(cdp)) - scriptBefore;
          const entry = row.steps.get(name) ?? { applyFilters: [], toCount: [], toFrame: [], script: [] };
          entry.applyFilters.push(result.applyFilters);
          entry.toCount.push(result.toCount);
          entry.toFrame.push(result.toFrame);
          entry.script.push(script);
          row.steps.set(name, entry);
        }
        await page.context().close();
        const statistics = await timeStatisticsPage(browser, server.url);
        row.statistics.chartsReady.push(statistics.chartsReady);
        row.statistics.script.push(statistics.script);
      }
      rows.push(row);
    }
  } finally {
    await browser.close();
    await server.close();
  }
  print(rows);
}

function print(rows: Row[]) {
  console.log(
    `\nFirst render (median of ${RUNS} loads; ${STRESS_SIZE.toLocaleString('en')}: one load; ms from navigation start)`,
  );
  console.log('| projects | package | list + count shown | map drawn |');
  console.log('|---:|---:|---:|---:|');
  for (const r of rows)
    console.log(
      `| ${r.size.toLocaleString('en')} | ${r.mb.toFixed(1)} MB | ${ms(median(r.listReady))} | ${ms(median(r.mapReady))} |`,
    );
  console.log(
    `\n/statistik: all 7 charts drawn (median of ${RUNS} loads, ${STRESS_SIZE.toLocaleString('en')}: one; ms)`,
  );
  console.log(
    '| projects | charts drawn (from navigation) | script during the load | aggregation only (Node) |',
  );
  console.log('|---:|---:|---:|---:|');
  for (const r of rows)
    console.log(
      `| ${r.size.toLocaleString('en')} | ${ms(median(r.statistics.chartsReady))} | ${ms(median(r.statistics.script))} | ${ms(r.statistics.aggregates)} |`,
    );
  console.log(`\nFilter latency (median of ${RUNS}, ${STRESS_SIZE.toLocaleString('en')}: one run; ms)`);
  console.log(
    '| projects | step | applyFilters script | input → count updated | input → next frame | all script in step |',
  );
  console.log('|---:|---|---:|---:|---:|---:|');
  for (const r of rows)
    for (const [name, s] of r.steps)
      console.log(
        `| ${r.size.toLocaleString('en')} | ${name} | ${ms(median(s.applyFilters))} | ${ms(median(s.toCount))} | ${ms(median(s.toFrame))} | ${ms(median(s.script))} |`,
      );
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
