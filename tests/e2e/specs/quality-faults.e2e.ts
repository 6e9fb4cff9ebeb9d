/**
 * Fault tolerance beyond foundation.e2e.ts (which covers 500, reset, truncated, invalid and empty
 * packages with the retry button): a slow server, the automatic retry, a 20 MB package, and the
 * network lost after the first load.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { projectCountValue } from '../support/app-page';
import { openPage } from '../support/browser';
import { DIST_DIR } from '../support/env';
import { useBrowserAndServer } from '../support/suite';
import { INDEX_PATH, serveDataAs } from '../support/data-modes';
import {
  mainText,
  packageOfSize,
  prepareContext,
  samplePackage,
  serveJson,
  waitForSettled,
} from '../../quality/e2e/harness';

// The file the page reads by default: the published index (a raw package is tested below).
const sample = readFileSync(`${DIST_DIR}${INDEX_PATH}`);

async function projectCount(page: Page, timeout = 20_000): Promise<number> {
  return Number(await projectCountValue(page, timeout));
}

describe('fault tolerance of the data source', () => {
  const suite = useBrowserAndServer();

  it('a 10 s response shows a loading message, then the data', async () => {
    suite.server.setOverride((req, res) => {
      if (!req.url?.startsWith(INDEX_PATH)) return false;
      setTimeout(() => serveJson(sample)(res), 10_000);
      return true;
    });
    const { page, pageErrors } = await openPage(suite.browser);
    await prepareContext(page.context());
    const started = Date.now();
    await page.goto(`${suite.server.url}/`);
    const loading = page
      .locator('.loading, [role="status"]')
      .filter({ hasText: /Memuat/ })
      .first();
    await loading.waitFor({ timeout: 5_000 });
    assert.ok(Date.now() - started < 8_000, 'the loading message should show well before the data');
    assert.ok(
      (await page.locator('h1').first().textContent())?.trim(),
      'the page heading shows while loading',
    );
    assert.equal(await projectCount(page, 25_000), samplePackage().projects.length);
    assert.ok(Date.now() - started >= 10_000);
    assert.equal(await page.getByText('Memuat data proyek…').count(), 0, 'the loading message is gone');
    assert.deepEqual(pageErrors, []);
    await page.context().close();
  });

  it('one HTTP 500 is retried automatically after about a second, without a click', async () => {
    let requests = 0;
    suite.server.setOverride((req, res) => {
      if (!req.url?.startsWith(INDEX_PATH)) return false;
      requests++;
      if (requests === 1) res.writeHead(500).end('sebentar');
      else serveJson(sample)(res);
      return true;
    });
    // Only the app's own requests count here: the offline service worker also fetches the package.
    const { page, pageErrors } = await openPage(suite.browser, { serviceWorkers: 'block' });
    await prepareContext(page.context());
    await page.goto(`${suite.server.url}/`);
    assert.equal(await projectCount(page, 10_000), samplePackage().projects.length);
    assert.equal(requests, 2);
    assert.equal(await page.getByRole('alert').count(), 0, 'no error is left on screen');
    assert.deepEqual(pageErrors, []);
    await page.context().close();
  });

  it('a raw 20 MB package (no published index) loads and every project is counted', async () => {
    const big = packageOfSize(20_000_000);
    suite.server.setOverride(serveDataAs('raw', big.json));
    const { page, pageErrors } = await openPage(suite.browser);
    await prepareContext(page.context());
    await page.goto(`${suite.server.url}/`);
    assert.equal(await projectCount(page, 60_000), big.count);
    assert.deepEqual(pageErrors, []);
    console.log(
      `  20 MB package: ${big.count} projects, ${(Buffer.byteLength(big.json) / 1e6).toFixed(1)} MB`,
    );
    await page.context().close();
  });
});

describe('network lost after the first load', () => {
  const suite = useBrowserAndServer();

  /** Map -> Statistik -> Data -> Peta, then Presentasi and back, by the navigation links, checking each page. */
  async function walk(page: Page, filtered: number): Promise<void> {
    const nav = page.getByRole('navigation').first();
    for (const name of [/Statistik/, /^Data$/, /Peta/]) {
      await nav.getByRole('link', { name }).first().click();
      await waitForSettled(page);
      assert.match(page.url(), /[?&]q=jalan/, `${name}: the search text left the URL`);
      assert.equal(
        await page.getByText(/Halaman ini gagal ditampilkan/).count(),
        0,
        `${name}: the page failed offline (its code was not loaded before the network went)`,
      );
      assert.ok((await mainText(page)).length > 0, `${name}: blank page offline`);
    }
    assert.equal(await projectCount(page), filtered, 'back on the map, the same filtered projects');
    const search = page.getByRole('searchbox').first();
    if ((await search.count()) > 0) assert.equal(await search.inputValue(), 'jalan');
    // The deck takes the whole screen (no navigation back), so it is checked last and on its own.
    await page
      .getByRole('navigation')
      .first()
      .getByRole('link', { name: /Presentasi/ })
      .first()
      .click();
    await waitForSettled(page);
    assert.equal(
      await page.getByText(/Halaman ini gagal ditampilkan/).count(),
      0,
      'Presentasi failed offline',
    );
    assert.ok((await mainText(page)).length > 0, 'Presentasi: blank page offline');
    await page.goBack();
    await waitForSettled(page);
  }

  async function openFiltered(): Promise<{ page: Page; pageErrors: Error[]; filtered: number }> {
    const { page, pageErrors } = await openPage(suite.browser);
    await prepareContext(page.context());
    await page.goto(`${suite.server.url}/?q=jalan`);
    await waitForSettled(page);
    return { page, pageErrors, filtered: await projectCount(page) };
  }

  it('pages opened once keep their data and the search text offline', async () => {
    const { page, pageErrors, filtered } = await openFiltered();
    await walk(page, filtered);
    await page.context().setOffline(true);
    await walk(page, filtered);
    assert.deepEqual(pageErrors, []);
    await page.context().close();
  });

  // The service worker precaches every page's code at install and then takes over the page, so
  // pages never opened still work once the network is gone.
  it('pages not opened yet also work offline', async () => {
    const { page, pageErrors, filtered } = await openFiltered();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 30_000 });
    await page.context().setOffline(true);
    await walk(page, filtered);
    assert.deepEqual(pageErrors, []);
    await page.context().close();
  });
});
