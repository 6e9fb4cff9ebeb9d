/**
 * How a page of charts draws: `/statistik` on a 4× slower CPU, in a window tall enough for its
 * seven charts to come into view at once, then one filter change that redraws them all. One or two
 * builds side by side, alternating, so a machine that slows down mid-run slows both alike. A change
 * to how charts are paced (src/components/drawing/) is judged here: the README records the figures.
 *
 *   npx tsx tests/bench/chart-pace.ts <dist> [<other dist>] [--rounds N]
 *
 * Prints, per load, the longest main-thread task and the blocking time (each task's time over
 * 50 ms) until every chart is drawn, then the same after the filter change, and when its last task
 * ended; then the medians per build.
 */
import type { Browser } from 'playwright-core';
import { launchBrowser, openPage } from '../e2e/support/browser';
import { startStaticServer } from '../e2e/support/static-server';
import { observeLongTasks } from './page-probes';
import { median } from './stats';

const CHART_COUNT = 7;
const CPU_SLOWDOWN = 4;
/** The filter's redraws are over once no long task has run for this long. */
const QUIET_MS = 1500;

interface Tasks {
  longest: number;
  blocking: number;
}
interface Pace {
  load: Tasks;
  filter: Tasks & { done: number };
}

type Task = { start: number; duration: number };
const summarise = (tasks: Task[]): Tasks => ({
  longest: Math.max(0, ...tasks.map((t) => t.duration)),
  blocking: tasks.reduce((sum, t) => sum + Math.max(0, t.duration - 50), 0),
});

const args = process.argv.slice(2);
const roundsAt = args.indexOf('--rounds');
const rounds = roundsAt >= 0 ? Number(args.splice(roundsAt, 2)[1]) : 5;
const dists = args.length ? args : ['dist'];

async function paceOnce(browser: Browser, dist: string): Promise<Pace> {
  const server = await startStaticServer(dist);
  // No service worker: every load is a first visit, alike for both builds.
  const { page, pageErrors } = await openPage(browser, {
    viewport: { width: 1280, height: 6000 },
    serviceWorkers: 'block',
  });
  try {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    await page.addInitScript(observeLongTasks);
    await page.goto(`${server.url}/statistik`);
    await page.waitForFunction(
      (count) =>
        document.querySelectorAll('figure[data-chart] :is(svg.recharts-surface, .chart-card__empty)')
          .length >= count,
      CHART_COUNT,
      { timeout: 120_000 },
    );
    const drawnAt = await page.evaluate(() => performance.now());
    const loadTasks = await page.evaluate(
      (time) => (window as unknown as { __longTasks: Task[] }).__longTasks.filter((t) => t.start < time),
      drawnAt,
    );

    const changedAt = await page.evaluate(() => performance.now());
    await page.locator('select[id$="-kategori"]').first().selectOption('jalan');
    await page.waitForURL(/kategori=jalan/);
    await page.waitForFunction(
      ({ since, quiet }) => {
        const tasks = (window as unknown as { __longTasks: Task[] }).__longTasks;
        const lastEnd = Math.max(since, ...tasks.map((t) => t.start + t.duration));
        return performance.now() - lastEnd >= quiet;
      },
      { since: changedAt, quiet: QUIET_MS },
      { timeout: 120_000, polling: 100 },
    );
    const filterTasks = await page.evaluate(
      (since) => (window as unknown as { __longTasks: Task[] }).__longTasks.filter((t) => t.start >= since),
      changedAt,
    );
    if (pageErrors.length) throw new Error(`${dist}: the page threw: ${pageErrors[0]!.message}`);
    const done = Math.max(0, ...filterTasks.map((t) => t.start + t.duration - changedAt));
    return { load: summarise(loadTasks), filter: { ...summarise(filterTasks), done } };
  } finally {
    await page.context().close();
    await server.close();
  }
}

const line = (pace: Pace) =>
  `load: longest ${Math.round(pace.load.longest)} ms, blocking ${Math.round(pace.load.blocking)} ms; ` +
  `filter: longest ${Math.round(pace.filter.longest)} ms, blocking ${Math.round(pace.filter.blocking)} ms, ` +
  `done at ${Math.round(pace.filter.done)} ms`;

const browser = await launchBrowser();
const paces = new Map<string, Pace[]>(dists.map((dist) => [dist, []]));
try {
  for (let round = 1; round <= rounds; round++)
    for (const dist of dists) {
      const pace = await paceOnce(browser, dist);
      paces.get(dist)!.push(pace);
      console.log(`${dist} round ${round}: ${line(pace)}`);
    }
  for (const [dist, runs] of paces) {
    const middle = (pick: (pace: Pace) => number) => median(runs.map(pick));
    console.log(
      `${dist}: median of ${runs.length}: ` +
        line({
          load: { longest: middle((p) => p.load.longest), blocking: middle((p) => p.load.blocking) },
          filter: {
            longest: middle((p) => p.filter.longest),
            blocking: middle((p) => p.filter.blocking),
            done: middle((p) => p.filter.done),
          },
        }),
    );
  }
} finally {
  await browser.close();
}
