import type { Browser } from 'playwright-core';
import { openPage } from '../e2e/support/browser';

export interface StatisticsTiming {
  /** ms from navigation start until every chart card shows a chart or its empty state. */
  chartsReady: number;
  /** Script time of the whole load (CDP ScriptDuration), ms: parse, map, aggregate, render. */
  script: number;
}

const CHART_COUNT = 7;

/** Loads /statistik once and times it until all programme charts are drawn, scrolling to each. */
export async function timeStatisticsPage(browser: Browser, url: string): Promise<StatisticsTiming> {
  const { page } = await openPage(browser, { viewport: { width: 1280, height: 900 } });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(`${url}/statistik`);
  // Charts are drawn as they come near the viewport: scroll through them as a reader would.
  await page.locator('figure[data-chart]').first().waitFor({ timeout: 600_000 });
  for (const card of await page.locator('figure[data-chart]').all()) await card.scrollIntoViewIfNeeded();
  await page.waitForFunction(
    (count) =>
      [...document.querySelectorAll('figure[data-chart]')].filter(
        (card) => card.querySelector('svg.recharts-surface, .chart-card__empty') !== null,
      ).length >= count,
    CHART_COUNT,
    { timeout: 600_000 },
  );
  const chartsReady = await page.evaluate(() => performance.now());
  const { metrics } = (await cdp.send('Performance.getMetrics')) as {
    metrics: { name: string; value: number }[];
  };
  const script = (metrics.find((m) => m.name === 'ScriptDuration')?.value ?? 0) * 1000;
  await page.context().close();
  return { chartsReady, script };
}
