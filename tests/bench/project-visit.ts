import type { Browser } from 'playwright-core';
import { openPage } from '../e2e/support/browser';
import { watchDataRequests, type DataRequest } from './data-requests';
import { VIEWPORT } from './home-visit';

export interface ProjectVisit {
  /** ms from navigation start until the project's title is shown. */
  shown: number;
  /** Every /data/ request of the visit, the service worker's install included. */
  data: DataRequest[];
  pageErrors: string[];
}

/** How long the service worker may take to install after the page is shown (it precaches the app). */
const INSTALL_TIMEOUT = 60_000;

/**
 * Opens a shared /proyek/<id> link in a fresh browser profile, as someone following it does, and
 * records the data requests until the service worker the page registers has installed: what the
 * visitor's browser downloads for that link, not only what the page itself asks for.
 */
export async function visitProject(browser: Browser, url: string, id: string): Promise<ProjectVisit> {
  const { page, pageErrors } = await openPage(browser, { viewport: VIEWPORT });
  const context = page.context();
  await context.route(/tile\.openstreetmap\.org/, (route) => route.abort());
  const watch = watchDataRequests(context);
  try {
    await page.goto(`${url}/proyek/${encodeURIComponent(id)}`);
    await page.locator('.project-page h1').waitFor({ timeout: 300_000 });
    const shown = await page.evaluate(() => performance.now());
    await page.evaluate(
      (timeout) =>
        Promise.race([navigator.serviceWorker.ready, new Promise((done) => setTimeout(done, timeout))]),
      INSTALL_TIMEOUT,
    );
    // Requests the install started finish their bodies before the events arrive here.
    await page.waitForLoadState('networkidle');
    return { shown, data: await watch.stop(), pageErrors: pageErrors.map((e) => e.message) };
  } finally {
    await context.close();
  }
}
