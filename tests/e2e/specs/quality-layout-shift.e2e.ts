/**
 * Layout stability while a page loads (Core Web Vitals CLS), on a phone-sized screen: the page's
 * first screen is in its HTML and the data fills boxes kept for it, so nothing on screen may move
 * at all (Lighthouse reports CLS to three decimals: 0.000). Embeds are left out: an iframe grows
 * to its content by design.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { openPage } from '../support/browser';
import { baseUrl } from '../support/env';
import { useBrowser } from '../support/suite';
import { appRoutes, prepareContext, waitForSettled } from '../../quality/e2e/harness';

const MAX_CLS = 0.001;
const PHONE = { viewport: { width: 412, height: 823 }, isMobile: true, hasTouch: true };

const OBSERVE_SHIFTS = `
  window.__shifts = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (e.hadRecentInput) continue;
      const nodes = (e.sources || []).map((s) => s.node && (s.node.className || s.node.nodeName));
      window.__shifts.push({ value: e.value, nodes });
    }
  }).observe({ type: 'layout-shift', buffered: true });
`;

interface Shift {
  value: number;
  nodes: string[];
}

describe('no layout shift while loading (phone screen)', () => {
  const suite = useBrowser();

  for (const route of appRoutes().filter((r) => !r.path.startsWith('/embed/'))) {
    it(`${route.name} (${route.path})`, async () => {
      const { page } = await openPage(suite.browser, PHONE);
      await prepareContext(page.context());
      await page.context().addInitScript(OBSERVE_SHIFTS);
      await page.goto(`${baseUrl()}${route.path}`);
      await waitForSettled(page);
      const shifts = await page.evaluate(() => (window as unknown as { __shifts: Shift[] }).__shifts);
      const total = shifts.reduce((sum, s) => sum + s.value, 0);
      assert.ok(
        total < MAX_CLS,
        `cumulative layout shift ${total.toFixed(3)}: ${shifts.map((s) => `${s.value.toFixed(3)} ${s.nodes.join(', ')}`).join('; ')}`,
      );
      await page.context().close();
    });
  }
});
