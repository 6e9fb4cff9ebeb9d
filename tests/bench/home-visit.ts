import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';
import { openPage } from '../e2e/support/browser';
import { watchDataRequests, type DataRequest } from './data-requests';
import {
  installReadyProbe,
  longTasksBefore,
  observeLongTasks,
  timeFilterStep,
  type FilterStep,
} from './page-probes';

export const VIEWPORT = { width: 1280, height: 900 };
/** Generous: 100,000 projects on two shared cores. */
const READY_TIMEOUT = 300_000;

export interface StepTiming {
  name: string;
  applyFilters: number;
  toCount: number;
  toFrame: number;
  script: number;
}

export interface HomeVisit {
  /** ms from navigation start. */
  listReady: number;
  mapReady: number;
  /** The longest main-thread task that started before the count was shown, ms. */
  longestTask: number;
  /** Every long task before the count: when it started and how long it took, ms. */
  longTasks: { start: number; duration: number }[];
  data: DataRequest[];
  steps: StepTiming[];
  /** Why the filter steps stopped, if they did (the load itself is still measured). */
  stepError?: string;
  pageErrors: string[];
}

export interface BenchContext {
  context: BrowserContext;
  /** The context's first page; further visits open their own (same profile: caches, service worker). */
  page: Page;
  /** Another page in the same profile, its uncaught errors collected with the first page's. */
  newPage(): Promise<Page>;
  pageErrors: Error[];
}

/** A fresh browser profile whose pages record long tasks and when the count and the map are ready. */
export async function openBenchContext(browser: Browser, expectedCount: number): Promise<BenchContext> {
  const { page, pageErrors } = await openPage(browser, { viewport: VIEWPORT });
  const context = page.context();
  // No internet here: tiles fail fast instead of waiting for a timeout.
  await context.route(/tile\.openstreetmap\.org/, (route) => route.abort());
  // tsx keeps function names with a `__name` helper that serialised probes carry into the page.
  await context.addInitScript({ content: 'window.__name = (fn) => fn;' });
  await context.addInitScript(observeLongTasks);
  await context.addInitScript(installReadyProbe, expectedCount);
  async function newPage() {
    const next = await context.newPage();
    next.on('pageerror', (error) => pageErrors.push(error));
    return next;
  }
  return { context, page, newPage, pageErrors };
}

async function scriptMs(cdp: CDPSession): Promise<number> {
  const { metrics } = (await cdp.send('Performance.getMetrics')) as {
    metrics: { name: string; value: number }[];
  };
  return (metrics.find((m) => m.name === 'ScriptDuration')?.value ?? 0) * 1000;
}

async function filterSteps(page: Page): Promise<[string, FilterStep][]> {
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
  ];
}

/** Times each step into `steps`, so that the steps before a failing one are kept. */
async function timeSteps(page: Page, steps: StepTiming[]): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  for (const [name, step] of await filterSteps(page)) {
    const before = await scriptMs(cdp);
    const result = await page.evaluate(timeFilterStep, step);
    steps.push({ name, ...result, script: (await scriptMs(cdp)) - before });
  }
  await cdp.detach();
}

interface Probe {
  listReady: number;
  mapReady: number;
}
/** Page functions are serialised on their own: each reads the probe itself. */
const readProbe = () => (window as unknown as { __bench: Probe }).__bench;
const listShown = () => (window as unknown as { __bench: Probe }).__bench.listReady > 0;
const mapDrawn = () => (window as unknown as { __bench: Probe }).__bench.mapReady > 0;

/**
 * Opens / in `page` and waits for the full count, then the drawn map; optionally times the filter
 * steps after. The page stays open (the caller closes its context).
 */
export async function visitHome(
  page: Page,
  url: string,
  { filters, pageErrors }: { filters: boolean; pageErrors: Error[] },
): Promise<HomeVisit> {
  const watch = watchDataRequests(page.context());
  const errorsBefore = pageErrors.length;
  await page.goto(`${url}/`);
  await page.waitForFunction(listShown, null, { timeout: READY_TIMEOUT });
  await page.waitForFunction(mapDrawn, null, { timeout: READY_TIMEOUT });
  const { listReady, mapReady } = await page.evaluate(readProbe);
  const longTasks = await page.evaluate(longTasksBefore, listReady);
  const longestTask = Math.max(0, ...longTasks.map((t) => t.duration));
  const data = await watch.stop();
  const steps: StepTiming[] = [];
  let stepError: string | undefined;
  try {
    if (filters) await timeSteps(page, steps);
  } catch (error) {
    stepError = error instanceof Error ? error.message.split('\n')[0] : String(error);
  }
  return {
    listReady,
    mapReady,
    longestTask,
    longTasks,
    data,
    steps,
    ...(stepError && { stepError }),
    pageErrors: pageErrors.slice(errorsBefore).map((e) => e.message),
  };
}
