/**
 * The three journeys of issue #9 by keyboard alone: only Tab, Shift+Tab, arrows, Enter and Escape,
 * never a click or a programmatic focus. Each step checks where focus is, so a control that cannot
 * be reached or worked by keyboard fails the test.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import { projectCountValue } from '../support/app-page';
import { openPage } from '../support/browser';
import { baseUrl, readBuiltJson, SAMPLE_DATA_PATH } from '../support/env';
import { useBrowser } from '../support/suite';

const MAX_TABS = 120;
const KECAMATAN = 'babelan';

const samplePackage = readBuiltJson(SAMPLE_DATA_PATH) as { projects: { id: string; title: string }[] };
const titleById = new Map(samplePackage.projects.map((p) => [p.id, p.title]));

const isFocused = (target: Locator) =>
  target.evaluate((el) => el === document.activeElement).catch(() => false);

/** Presses Tab until `target` has focus, as a keyboard user would; fails if it is never reached. */
async function tabTo(page: Page, target: Locator, what: string): Promise<void> {
  for (let presses = 0; presses < MAX_TABS; presses++) {
    if (await isFocused(target)) return;
    await page.keyboard.press('Tab');
  }
  assert.fail(`${what} was not reached by Tab in ${MAX_TABS} presses`);
}

/** How long a person pauses between two arrow presses, at most. */
const PRESS_PAUSE_MS = 500;

/**
 * Changes a focused <select> with the arrow keys until it shows `value`, pausing after each press
 * until the select shows the new option, as a person looking at it would.
 */
async function arrowSelect(page: Page, select: Locator, value: string): Promise<void> {
  for (let presses = 0; presses < 60; presses++) {
    if ((await select.inputValue()) === value) return;
    await page.keyboard.press('ArrowDown');
    // No named helpers inside: the page has no __name (tsx's keepNames) in this spec.
    await select.evaluate(
      async (el, [wanted, pause]) => {
        const start = performance.now();
        while ((el as HTMLSelectElement).value !== wanted && performance.now() - start < pause)
          await new Promise((done) => requestAnimationFrame(done));
      },
      [value, PRESS_PAUSE_MS] as const,
    );
  }
  assert.fail(`option ${value} was not reached with the arrow keys`);
}

describe('keyboard-only journeys', () => {
  const suite = useBrowser();

  /** The map page, loaded with every sample project, at a desktop size; returns its project count. */
  async function openMap(height = 900) {
    const watched = await openPage(suite.browser, { viewport: { width: 1280, height } });
    await watched.page.goto(`${baseUrl()}/`);
    const allCount = Number(await projectCountValue(watched.page, 15_000));
    return { ...watched, allCount };
  }

  it('a resident finds a project in a kecamatan and opens its page', async () => {
    const { page, pageErrors, allCount } = await openMap();

    const kecamatan = page.getByRole('search').getByLabel('Kecamatan', { exact: true });
    await tabTo(page, kecamatan, 'the Kecamatan filter');
    await arrowSelect(page, kecamatan, KECAMATAN);
    await page.waitForURL((url) => url.searchParams.get('kecamatan') === KECAMATAN);
    await page.waitForFunction(
      (all) =>
        Number(document.querySelector('[data-testid="project-count"] data')?.getAttribute('value')) < all,
      allCount,
    );

    const firstRow = page.getByTestId('project-list').getByRole('button').first();
    await tabTo(page, firstRow, 'the first project in the list');
    const id = await firstRow.getAttribute('data-project-id');
    assert.ok(id && titleById.has(id), 'the row names a sample project');
    await page.keyboard.press('Enter');
    const summary = page.getByTestId('project-summary');
    await summary.waitFor();

    const open = summary.getByRole('link', { name: 'Buka halaman proyek' });
    await tabTo(page, open, 'the link to the project page');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === `/proyek/${encodeURIComponent(id)}`);
    await page.getByRole('heading', { level: 1, name: titleById.get(id) }).waitFor();
    assert.deepEqual(pageErrors, []);
    await page.context().close();
  });

  it('counts two quick arrow presses as two steps, and a quick second filter keeps the first', async () => {
    const { page, pageErrors } = await openMap();
    // A slow phone: the page takes longer to follow the URL than the gap between two presses.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 });
    const search = page.getByRole('search');
    const kecamatan = search.getByLabel('Kecamatan', { exact: true });
    const kategori = search.getByLabel('Kategori', { exact: true });
    // Option 0 is "all": two presses from it land on option 2; one press on the next select, option 1.
    const wantKecamatan = await kecamatan.locator('option').nth(2).getAttribute('value');
    const wantKategori = await kategori.locator('option').nth(1).getAttribute('value');
    await tabTo(page, kecamatan, 'the Kecamatan filter');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Tab');
    assert.ok(await isFocused(kategori), 'Tab moves on to the Kategori filter');
    await page.keyboard.press('ArrowDown');
    await page.waitForURL(
      (url) =>
        url.searchParams.get('kecamatan') === wantKecamatan &&
        url.searchParams.get('kategori') === wantKategori,
      { timeout: 15_000 },
    );
    assert.equal(await kecamatan.inputValue(), wantKecamatan);
    assert.equal(await kategori.inputValue(), wantKategori);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    assert.deepEqual(pageErrors, []);
    await page.context().close();
  });

  it('an influencer copies a chart embed snippet', async () => {
    const { page, pageErrors } = await openPage(suite.browser, {
      viewport: { width: 1280, height: 900 },
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    await page.goto(`${baseUrl()}/statistik`);
    const firstCard = page.locator('figure[data-chart]').first();
    await firstCard.waitFor({ timeout: 15_000 });
    const chart = await firstCard.getAttribute('data-chart');

    await tabTo(
      page,
      firstCard.getByRole('button', { name: 'Sematkan' }),
      'the first chart’s Sematkan button',
    );
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Sematkan grafik ini' });
    await dialog.waitFor();
    await tabTo(page, dialog.getByRole('button', { name: 'Salin kode' }), 'the Salin kode button');
    await page.keyboard.press('Enter');
    await dialog.getByText('Tersalin.').waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    assert.match(copied, new RegExp(`<iframe src="[^"]*/embed/${chart}`));

    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    assert.ok(
      await isFocused(firstCard.getByRole('button', { name: 'Sematkan' })),
      'closing the dialog returns focus to the button that opened it',
    );
    assert.deepEqual(pageErrors, []);
    await page.context().close();
  });

  it('an official opens the presentation from the menu and runs through it', async () => {
    const { page, pageErrors } = await openMap(720);
    const link = page
      .getByRole('navigation')
      .first()
      .getByRole('link', { name: /Presentasi/ });
    await tabTo(page, link, 'the Presentasi link');
    await page.keyboard.press('Enter');
    const counter = page.getByTestId('deck-counter');
    await counter.waitFor({ timeout: 15_000 });
    const total = Number(((await counter.textContent()) ?? '').split('/')[1]);
    assert.ok(total > 1, `the deck has ${total} slides`);
    for (let n = 2; n <= total; n++) {
      await page.keyboard.press(n % 2 ? 'ArrowRight' : 'Space');
      await page
        .getByTestId('deck-live')
        .filter({ hasText: `Slide ${n} dari ${total}` })
        .waitFor();
    }
    await page.keyboard.press('ArrowLeft');
    await page
      .getByTestId('deck-live')
      .filter({ hasText: `Slide ${total - 1} dari ${total}` })
      .waitFor();
    assert.deepEqual(pageErrors, []);
    await page.context().close();
  });
});
