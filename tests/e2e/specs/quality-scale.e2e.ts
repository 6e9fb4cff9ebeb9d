/**
 * Scale: a generated package of 10,000 projects through every page. Loading and parsing it may
 * take long tasks (that is the first render, measured and reported); after it, the app must stay
 * interactive: no long task over 200 ms while moving between pages and filters and scrolling the
 * statistics charts into view. Long tasks are noisy on a shared 2-core machine, so a walk that
 * breaches the limit is repeated once in a fresh page: a page fails when it breaches both times.
 * Each step has a deadline: a page that stops answering fails the walk with its script's stack
 * (rather than holding CI until its limit), and the walk is repeated once in a fresh browser.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { generatePackage } from '../../../mocks/data/generate';
import { navigateInApp, projectCountValue } from '../support/app-page';
import { launchBrowser, openPage } from '../support/browser';
import { armHangReport, DeadlineExceeded, within } from '../support/deadline';
import { DIST_DIR } from '../support/env';
import { startStaticServer, type StaticServer } from '../support/static-server';
import { prepareContext, servePackage, waitForSettled } from '../../quality/e2e/harness';

const COUNT = 10_000;
const MAX_LONG_TASK_MS = 200;
// QUALITY_SCALE=report prints the figures without failing (e.g. while profiling on a busy machine).
const ENFORCE = process.env.QUALITY_SCALE !== 'report';
// Far above a step's worst seen here (about 3 s for the first render), far below CI's limit.
const STEP_DEADLINE_MS = 240_000;

const OBSERVE_LONG_TASKS = `
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
`;

interface LongTask {
  start: number;
  duration: number;
}

async function longTasksSince(page: Page, since: number): Promise<LongTask[]> {
  return page.evaluate(
    (t) => (window as unknown as { __longTasks: LongTask[] }).__longTasks.filter((e) => e.start >= t),
    since,
  );
}

/** In-app navigation, as a link or the back button does: the dataset stays in memory. */
async function navigate(page: Page, path: string, ready: string): Promise<void> {
  await navigateInApp(page, path);
  // The page itself, not the previous one that stays while the next page's code loads.
  await page.locator(ready).first().waitFor({ timeout: 60_000 });
  await waitForSettled(page, 60_000);
  // Charts draw as they come near the viewport: a reader scrolls through them.
  const cards = await page.locator('figure[data-chart]').count();
  for (let n = 0; n < cards; n++) {
    await page.evaluate((i) => document.querySelectorAll('figure[data-chart]')[i]?.scrollIntoView(), n);
    await waitForSettled(page, 60_000);
  }
}

describe(`scale: ${COUNT.toLocaleString('en')} projects`, () => {
  let server: StaticServer;
  let ids: string[];
  before(async () => {
    server = await startStaticServer(DIST_DIR);
    const pkg = generatePackage({ seed: 7, count: COUNT }) as { projects: { id: string }[] };
    ids = pkg.projects.map((p) => p.id);
    const json = Buffer.from(JSON.stringify(pkg));
    server.setOverride(servePackage(json));
    console.log(`  package: ${COUNT} projects, ${(json.length / 1e6).toFixed(0)} MB`);
  });
  after(async () => {
    await server.close();
  });

  /** Walks the pages in a browser of its own, so a walk that hung cannot spoil the next one. */
  async function walk(): Promise<{ rows: string[]; breaches: string[] }> {
    const browser = await launchBrowser();
    const { page, pageErrors } = await openPage(browser);
    const hangReport = await armHangReport(page);
    try {
      return await walkPages(page, pageErrors);
    } catch (error) {
      if (error instanceof DeadlineExceeded) {
        console.log(`  ${error.message} (at ${page.url()}); the page's main thread:\n${await hangReport()}`);
      }
      throw error;
    } finally {
      await within(30_000, 'closing the browser', browser.close()).catch(() => undefined);
    }
  }

  /** Opens / with every project, then walks the pages; returns the table rows and the breaches. */
  async function walkPages(page: Page, pageErrors: Error[]): Promise<{ rows: string[]; breaches: string[] }> {
    const step = <T>(what: string, work: () => Promise<T>) => within(STEP_DEADLINE_MS, what, work());
    await prepareContext(page.context());
    await page.context().addInitScript(OBSERVE_LONG_TASKS);
    await step('opening /', async () => {
      await page.goto(`${server.url}/`);
      assert.equal(await projectCountValue(page, 120_000), String(COUNT));
      await waitForSettled(page, 60_000);
    });
    const firstRender = await step('reading the clock', () => page.evaluate(() => performance.now()));
    const beforeRender = await step('reading long tasks', () => longTasksSince(page, 0));
    const rows = [
      `| / (first render) | ${(firstRender / 1000).toFixed(1)} s | longest ${Math.round(Math.max(0, ...beforeRender.map((t) => t.duration)))} ms (not enforced) |`,
    ];
    const breaches: string[] = [];
    const MAP = '[data-testid="project-count"]';
    const CHART = 'figure[data-chart]';
    // Each path with what only that page shows.
    const pages: [path: string, ready: string][] = [
      ['/?kecamatan=babelan', MAP],
      ['/?kategori=jalan&status=pelaksanaan', MAP],
      ['/?q=jalan', MAP],
      ['/', MAP],
      ['/statistik', CHART],
      ['/statistik?kecamatan=babelan', CHART],
      [`/proyek/${encodeURIComponent(ids[0]!)}`, '.project-page'],
      ['/data', '.data-page'],
      ['/presentasi', '.presentation-root'],
      ['/embed/anggaran-kecamatan', CHART],
    ];
    for (const [path, ready] of pages) {
      const since = await step('reading the clock', () => page.evaluate(() => performance.now()));
      const started = Date.now();
      await step(`opening ${path}`, () => navigate(page, path, ready));
      const tasks = await step(`reading long tasks of ${path}`, () => longTasksSince(page, since));
      const longest = Math.round(Math.max(0, ...tasks.map((t) => t.duration)));
      rows.push(`| ${path} | ${Date.now() - started} ms | longest ${longest} ms |`);
      if (longest > MAX_LONG_TASK_MS) breaches.push(path);
    }
    console.log(
      ['  | Page | Time to settle | Long tasks |', '  |---|---:|---|', ...rows.map((r) => `  ${r}`)].join(
        '\n',
      ),
    );
    assert.deepEqual(pageErrors, []);
    return { rows, breaches };
  }

  /** A walk; one that hung (its report is printed) is repeated once, and a second hang fails. */
  async function walkOnceMoreIfHung(): Promise<{ rows: string[]; breaches: string[] }> {
    try {
      return await walk();
    } catch (error) {
      if (!(error instanceof DeadlineExceeded)) throw error;
      console.log('  the walk hung; walking again in a fresh browser');
      return walk();
    }
  }

  let breaches: string[] = [];

  // Always enforced: every page must load and settle with 10,000 projects, without a script error.
  it('loads every project and settles on every page', async () => {
    const first = (await walkOnceMoreIfHung()).breaches;
    if (first.length > 0) {
      console.log(`  over ${MAX_LONG_TASK_MS} ms: ${first.join(', ')}; walking again to rule out noise`);
      const again = (await walkOnceMoreIfHung()).breaches;
      breaches = first.filter((path) => again.includes(path));
    }
  });

  it(
    `no long task over ${MAX_LONG_TASK_MS} ms after the first render, on every page`,
    { todo: ENFORCE ? undefined : 'reported only (QUALITY_SCALE=report)' },
    () => {
      assert.deepEqual(breaches, [], `long tasks over ${MAX_LONG_TASK_MS} ms after the first render, twice`);
    },
  );
});
