/**
 * Scale: a generated package of 10,000 projects through every page. Loading and parsing it may
 * take long tasks (that is the first render, measured and reported); after it, the app must stay
 * interactive: no long task over 200 ms while moving between pages and filters.
 */
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { generatePackage } from '../../../mocks/data/generate';
import { navigateInApp, projectCountValue } from '../support/app-page';
import { openPage } from '../support/browser';
import { useBrowserAndServer } from '../support/suite';
import { prepareContext, servePackage, waitForSettled } from '../../quality/e2e/harness';

const COUNT = 10_000;
const MAX_LONG_TASK_MS = 200;
// Measured and printed on every run; failing the suite once the pages meet it (QUALITY_SCALE=enforce
// turns it on now). On 2 cores today filtering 10,000 projects takes 300-1,700 ms long tasks.
const ENFORCE = process.env.QUALITY_SCALE === 'enforce';

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
async function navigate(page: Page, path: string): Promise<void> {
  await navigateInApp(page, path);
  await waitForSettled(page, 60_000);
}

describe(`scale: ${COUNT.toLocaleString('en')} projects`, () => {
  const suite = useBrowserAndServer();
  let ids: string[];
  before(() => {
    const pkg = generatePackage({ seed: 7, count: COUNT }) as { projects: { id: string }[] };
    ids = pkg.projects.map((p) => p.id);
    const json = Buffer.from(JSON.stringify(pkg));
    suite.server.setOverride(servePackage(json));
    console.log(`  package: ${COUNT} projects, ${(json.length / 1e6).toFixed(0)} MB`);
  });

  const breaches: string[] = [];

  // Always enforced: every page must load and settle with 10,000 projects, without a script error.
  it('loads every project and settles on every page', async () => {
    const { page, pageErrors } = await openPage(suite.browser);
    await prepareContext(page.context());
    await page.context().addInitScript(OBSERVE_LONG_TASKS);
    await page.goto(`${suite.server.url}/`);
    assert.equal(await projectCountValue(page, 120_000), String(COUNT));
    await waitForSettled(page, 60_000);
    const firstRender = await page.evaluate(() => performance.now());
    const beforeRender = await longTasksSince(page, 0);
    const rows = [
      `| / (first render) | ${(firstRender / 1000).toFixed(1)} s | longest ${Math.round(Math.max(0, ...beforeRender.map((t) => t.duration)))} ms (not enforced) |`,
    ];
    const pages = [
      '/?kecamatan=babelan',
      '/?kategori=jalan&status=pelaksanaan',
      '/?q=jalan',
      '/',
      '/statistik',
      '/statistik?kecamatan=babelan',
      `/proyek/${encodeURIComponent(ids[0]!)}`,
      '/data',
      '/presentasi',
      '/embed/anggaran-kecamatan',
    ];
    for (const path of pages) {
      const since = await page.evaluate(() => performance.now());
      const started = Date.now();
      await navigate(page, path);
      const tasks = await longTasksSince(page, since);
      const longest = Math.round(Math.max(0, ...tasks.map((t) => t.duration)));
      rows.push(`| ${path} | ${Date.now() - started} ms | longest ${longest} ms |`);
      if (longest > MAX_LONG_TASK_MS) breaches.push(`${path}: ${longest} ms`);
    }
    console.log(
      ['  | Page | Time to settle | Long tasks |', '  |---|---:|---|', ...rows.map((r) => `  ${r}`)].join(
        '\n',
      ),
    );
    assert.deepEqual(pageErrors, []);
    await page.context().close();
  });

  it(
    `no long task over ${MAX_LONG_TASK_MS} ms after the first render, on every page`,
    { todo: ENFORCE ? undefined : 'reported, not enforced (QUALITY_SCALE=enforce turns it on)' },
    () => {
      assert.deepEqual(breaches, [], `long tasks over ${MAX_LONG_TASK_MS} ms after the first render`);
    },
  );
});
