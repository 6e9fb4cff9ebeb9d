/**
 * The README's screenshots, taken again from the built app on the sample data (npm run
 * screenshots): one per journey, at the size its user sees. Run after a change to what they show.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchBrowser, openPage } from '../support/browser';
import { projectCountValue } from '../support/app-page';
import { DIST_DIR, readBuiltJson, SAMPLE_DATA_PATH } from '../support/env';
import { startStaticServer } from '../support/static-server';
import { expectedKritis } from '../../unit/kritis-expected';

interface Shot {
  file: string;
  path: string;
  viewport: { width: number; height: number };
  /** Resolves when the view shows what the picture is for. */
  ready: (page: Page) => Promise<unknown>;
}

const pkg = readBuiltJson(SAMPLE_DATA_PATH) as { publishedDate: string; projects: { id: string }[] };
const asOf = pkg.publishedDate.slice(0, 10);
const kritis = pkg.projects.find((project) => expectedKritis(project, asOf) === 'kritis');
if (!kritis) throw new Error('the sample has no kritis project to show');

const chartsDrawn = (count: number) => async (page: Page) =>
  page.waitForFunction(
    (n) => document.querySelectorAll('figure[data-chart] svg.recharts-surface').length >= n,
    count,
    { timeout: 30_000 },
  );

const SHOTS: Shot[] = [
  {
    file: 'peta.png',
    // A kritis work chosen, as a resident would from the list of works furthest behind plan.
    path: `/?urut=deviasi-naik&proyek=${encodeURIComponent(kritis.id)}`,
    viewport: { width: 1280, height: 1000 },
    ready: async (page) => {
      await projectCountValue(page, 30_000);
      await page.getByTestId('project-summary').waitFor({ timeout: 30_000 });
      await page.locator('.project-map canvas').first().waitFor();
      await page.locator('.kecamatan-label').first().waitFor({ state: 'attached' });
    },
  },
  {
    file: 'ponsel-proyek.png',
    path: `/proyek/${encodeURIComponent(kritis.id)}`,
    viewport: { width: 360, height: 740 },
    ready: async (page) => {
      await page.getByTestId('kritis-badge').waitFor({ timeout: 30_000 });
    },
  },
  {
    file: 'statistik.png',
    path: '/statistik?kategori=jalan',
    viewport: { width: 1280, height: 900 },
    ready: async (page) => {
      await page.locator('[data-figure="paket"] data').waitFor({ timeout: 30_000 });
      const first = page.locator('figure[data-chart]').first();
      await first.scrollIntoViewIfNeeded();
      await first.locator('svg.recharts-surface').first().waitFor({ timeout: 30_000 });
      await page.evaluate(() => scrollTo(0, 0));
    },
  },
  {
    file: 'presentasi.png',
    path: '/presentasi?kategori=jalan&slide=5',
    viewport: { width: 1920, height: 1080 },
    ready: async (page) => {
      await page.getByTestId('slide-filters').first().waitFor({ timeout: 30_000 });
      await page.waitForTimeout(2000);
    },
  },
  {
    file: 'sematan.png',
    path: '/embed/anggaran-kecamatan?kategori=jalan',
    viewport: { width: 640, height: 720 },
    ready: chartsDrawn(1),
  },
];

const server = await startStaticServer(DIST_DIR);
const browser = await launchBrowser();
try {
  for (const shot of SHOTS) {
    const { page, pageErrors } = await openPage(browser, { viewport: shot.viewport });
    await page.goto(`${server.url}${shot.path}`);
    await shot.ready(page);
    // Let the last frames of drawing and layout settle before the picture.
    await page.waitForTimeout(800);
    if (pageErrors.length > 0) throw new Error(`${shot.path}: ${pageErrors.join('; ')}`);
    await page.screenshot({ path: join('tests/e2e/screenshots', shot.file) });
    console.log(`${shot.file}: ${shot.path} at ${shot.viewport.width}×${shot.viewport.height}`);
    await page.context().close();
  }
} finally {
  await browser.close();
  await server.close();
}
