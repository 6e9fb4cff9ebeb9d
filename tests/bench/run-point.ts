import type { Browser, Page } from 'playwright-core';
import { SAMPLE_FOLDER } from '../../mocks/data/paths';
import { PUBLISHED_FILES } from '../../src/domain/publish/published-files';
import { timeStatisticsAggregates } from './aggregate-timing';
import { RAW_FOLDER, type BenchServer } from './bench-server';
import { openBenchContext, visitHome, type HomeVisit } from './home-visit';
import type { Point } from './plan';
import type { PreparedPoint } from './prepare-point';
import { visitProject, type ProjectVisit } from './project-visit';
import { timeStatisticsPage, type StatisticsTiming } from './statistics-probe';

export interface PointResult {
  point: Point;
  data: PreparedPoint;
  home: HomeVisit[];
  /** Raw only: the same profile opening / again (the derived index comes from its cache). */
  secondVisit: HomeVisit[];
  statistics: StatisticsTiming[];
  /** Node only: aggregation of the published index (ms); NaN for raw points. */
  aggregates: number;
  project?: ProjectVisit;
  /** Why the point stopped early (a timeout, a crash): what was measured before is kept. */
  failure?: string;
}

/** The files a point's first load reads, requested once so the server's gzip is ready before timing. */
function filesToWarm(point: Point): string[] {
  if (point.path === 'raw') return [`/${RAW_FOLDER}/${PUBLISHED_FILES.package}`];
  return [PUBLISHED_FILES.index, PUBLISHED_FILES.series].map((name) => `/${SAMPLE_FOLDER}/${name}`);
}

/** A returning visitor's browser has the service worker the first visit registered. */
async function serviceWorkerInstalled(page: Page): Promise<void> {
  await page.evaluate(() =>
    Promise.race([navigator.serviceWorker.ready, new Promise((done) => setTimeout(done, 60_000))]),
  );
}

/** One unmeasured load of the sample, so the first measured load does not pay for a cold start. */
export async function warmUp(browser: Browser, server: BenchServer, data: PreparedPoint): Promise<void> {
  server.serve(data.served);
  const bench = await openBenchContext(browser, data.projects);
  try {
    await visitHome(bench.page, server.url, { filters: false, ...bench });
  } finally {
    await bench.context.close();
  }
}

/**
 * Every measurement of one point: loads of / (filter steps on the published path; a second visit in
 * the same profile on the raw one), /statistik on the published path, and one shared /proyek link.
 */
export async function measurePoint(
  browser: Browser,
  server: BenchServer,
  point: Point,
  data: PreparedPoint,
): Promise<PointResult> {
  const published = point.path === 'published';
  const result: PointResult = {
    point,
    data,
    home: [],
    secondVisit: [],
    statistics: [],
    aggregates: published ? timeStatisticsAggregates(data.folder) : NaN,
  };
  server.serve(data.served);
  await server.warm(filesToWarm(point));
  try {
    for (let run = 0; run < point.runs; run++) {
      const bench = await openBenchContext(browser, data.projects);
      try {
        result.home.push(await visitHome(bench.page, server.url, { filters: published, ...bench }));
        if (point.secondVisit) {
          await serviceWorkerInstalled(bench.page);
          await bench.page.close();
          const again = await bench.newPage();
          result.secondVisit.push(await visitHome(again, server.url, { filters: false, ...bench }));
        }
      } finally {
        await bench.context.close();
      }
      if (published) result.statistics.push(await timeStatisticsPage(browser, server.url));
    }
    result.project = await visitProject(browser, server.url, data.firstId);
  } catch (error) {
    result.failure = error instanceof Error ? error.message.split('\n')[0]! : String(error);
  }
  return result;
}
