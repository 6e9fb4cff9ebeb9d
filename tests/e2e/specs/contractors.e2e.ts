import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { openPage } from '../support/browser';
import { useBrowserAndServer } from '../support/suite';
import { prepareContext, servePackage, waitForSettled } from '../../quality/e2e/harness';
import { installTripwires, readTripwires } from '../../quality/e2e/tripwires';
import { PAYLOADS } from '../../fixtures/hostile/build-hostile-package';
import { contractorKey } from '../../../src/domain/integrity/package-standing';

/**
 * /penyedia and /penyedia/:id in Chromium on the built app, on a 360 px phone: keyboard only,
 * axe-core, no sideways scrolling of the page, and hostile names shown as text.
 */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const PHONE = { width: 360, height: 740 };
const hostile = readFileSync('tests/fixtures/hostile/hostile-package.json');
/** Every hostile project has this contractor (tests/fixtures/hostile/build-hostile-package.ts). */
const HOSTILE_CONTRACTOR = `CV ${PAYLOADS.attr} ${PAYLOADS.img}`;

async function open(browser: Browser, url: string) {
  const watched = await openPage(browser, { viewport: PHONE });
  await prepareContext(watched.page.context());
  await installTripwires(watched.page.context());
  await watched.page.goto(url);
  await waitForSettled(watched.page);
  return watched;
}

const sidewaysScroll = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return results.violations.flatMap((v) => v.nodes.map((node) => `${v.id}: ${node.target.join(' ')}`));
}

/** Presses Tab until the focused element matches `selector` (at most `limit` times). */
async function tabTo(page: Page, selector: string, limit = 60): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  assert.fail(`Tab never reached ${selector}`);
}

describe('contractors (/penyedia) at 360 px', () => {
  const suite = useBrowserAndServer();

  it('sorts and opens a contractor by keyboard alone, with axe 0 and no sideways scrolling', async () => {
    const { page, pageErrors } = await open(suite.browser, `${suite.server.url}/penyedia`);
    await page.locator('table caption').waitFor();
    assert.equal(await sidewaysScroll(page), 0, 'the page scrolls sideways at 360 px');
    assert.ok(await page.getByText(/geser ke samping/).isVisible(), 'the table says it scrolls sideways');
    assert.deepEqual(await axeViolations(page), [], '/penyedia has axe violations');

    await tabTo(page, 'button[data-sort="penyedia"]');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('urut') === 'penyedia');
    assert.equal(new URL(page.url()).searchParams.get('arah'), 'naik');
    assert.equal(
      await page.locator('th[aria-sort]').getAttribute('aria-sort'),
      'ascending',
      'the sorted column says so',
    );
    const names = await page.locator('tbody th').allTextContents();
    assert.deepEqual(
      names,
      [...names].sort((a, b) => a.localeCompare(b, 'id')),
    );
    assert.equal(await sidewaysScroll(page), 0);

    await tabTo(page, 'tbody a[href^="/penyedia/"]');
    const name = (await page.evaluate(() => document.activeElement?.textContent)) ?? '';
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/penyedia\/[a-z0-9-]+$/);
    await waitForSettled(page);
    const title = page.getByRole('heading', { level: 1 });
    assert.equal(await title.textContent(), name);
    assert.ok(await title.isVisible(), 'the contractor page shows its name');
    assert.match(await page.title(), new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} ·`));
    await page.getByTestId('contractor-projects').waitFor();
    await page.locator('.project-map__leaflet').waitFor();
    assert.equal(await sidewaysScroll(page), 0, 'the contractor page scrolls sideways at 360 px');
    assert.deepEqual(await axeViolations(page), [], '/penyedia/:id has axe violations');
    assert.deepEqual(pageErrors.map(String), []);
    await page.context().close();
  });

  it('says so when the contractor is unknown, with a way back', async () => {
    const { page } = await open(suite.browser, `${suite.server.url}/penyedia/tidak-ada-penyedia-ini`);
    await page.getByRole('heading', { level: 1, name: 'Penyedia tidak ditemukan' }).waitFor();
    assert.equal(
      await page.getByRole('link', { name: 'Lihat semua penyedia' }).getAttribute('href'),
      '/penyedia',
    );
    await page.context().close();
  });

  it('shows hostile names as text: nothing runs, nothing overflows', async () => {
    suite.server.setOverride(servePackage(hostile));
    try {
      for (const path of ['/penyedia', `/penyedia/${contractorKey(HOSTILE_CONTRACTOR)}`]) {
        const { page, pageErrors } = await open(suite.browser, `${suite.server.url}${path}`);
        await page.locator('main').getByText(HOSTILE_CONTRACTOR, { exact: true }).first().waitFor();
        const sprung = await readTripwires(page);
        assert.equal(sprung.pwned, undefined, `${path}: a payload ran`);
        assert.deepEqual(sprung.alerts, [], `${path}: a payload called a dialog`);
        assert.deepEqual(sprung.injected, [], `${path}: data text became HTML elements`);
        assert.deepEqual(sprung.handlers, [], `${path}: inline event handler in the DOM`);
        assert.equal(await sidewaysScroll(page), 0, `${path}: a long hostile name overflows at 360 px`);
        assert.deepEqual(pageErrors.map(String), []);
        await page.context().close();
      }
    } finally {
      suite.server.setOverride(undefined);
    }
  });
});
