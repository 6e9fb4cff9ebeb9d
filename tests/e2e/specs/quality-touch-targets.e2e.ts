import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { openPage } from '../support/browser';
import { baseUrl, firstProjectId } from '../support/env';
import { useBrowser } from '../support/suite';

/**
 * On a touch screen every control a thumb must hit is at least 44×44 px (WCAG 2.5.5, asked for in
 * the journeys issue): buttons, menus, selects, map clusters and Leaflet's zoom buttons. A radio or checkbox
 * counts by its label, which is what a thumb actually hits.
 */
const PHONE = { viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true };
const MIN = 44;

interface Target {
  what: string;
  width: number;
  height: number;
}

/** Every visible control that is too small, described by tag and text. */
async function smallTargets(page: Page): Promise<Target[]> {
  return page.evaluate((min) => {
    const controls = document.querySelectorAll<HTMLElement>(
      'button, select, [role="button"], summary, .leaflet-control-zoom a, label:has(> input[type="radio"]), label:has(> input[type="checkbox"])',
    );
    const small: Target[] = [];
    for (const el of controls) {
      const box = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      if (box.width === 0 || box.height === 0 || style.visibility === 'hidden') continue;
      // Rounded: a 43.99 px box from fractional rem sizes is a 44 px target on screen.
      if (Math.round(box.width) >= min && Math.round(box.height) >= min) continue;
      const text = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40);
      small.push({ what: `${el.tagName.toLowerCase()} "${text}"`, width: box.width, height: box.height });
    }
    return small;
  }, MIN);
}

describe('touch targets at 360 px on a touch screen', () => {
  const suite = useBrowser();
  const pages: [path: string, ready: string][] = [
    // Ready when the map has drawn its clusters and zoom buttons, the smallest targets it has.
    ['/', '.map-cluster'],
    ['/statistik', '.chart-actions select'],
    [`/proyek/${encodeURIComponent(firstProjectId())}`, 'h1'],
    ['/embed/peta', '.leaflet-control-zoom a'],
    ['/embed/anggaran-kecamatan', '.embed-footer button, .embed-footer summary'],
    ['/data', 'h1'],
  ];

  for (const [path, ready] of pages) {
    it(`${path}: every button, menu, select and zoom control is at least ${MIN}×${MIN} px`, async () => {
      const { page, pageErrors } = await openPage(suite.browser, PHONE);
      await page.route(/tile\.openstreetmap\.org/, (route) => route.abort());
      await page.goto(`${baseUrl()}${path}`);
      // The map page's map is set up once on screen: a reader scrolls down to it.
      if (path === '/') await page.getByTestId('project-map').scrollIntoViewIfNeeded();
      await page.locator(ready).first().waitFor();
      const small = await smallTargets(page);
      assert.deepEqual(small, [], `too small for a thumb on ${path}`);
      assert.deepEqual(pageErrors, []);
      await page.context().close();
    });
  }
});
