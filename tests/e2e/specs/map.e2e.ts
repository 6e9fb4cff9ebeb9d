import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { navigateInApp } from '../support/app-page';
import { openPage } from '../support/browser';
import { baseUrl, readBuiltJson, SAMPLE_DATA_PATH } from '../support/env';
import { useBrowser } from '../support/suite';
import { readPackage } from '../../../src/domain/dataset/read-package';
import { independentSignals } from '../../fixtures/independent-signals';

interface RawProject {
  id: string;
  title: string;
  budget?: {
    amount?: { amount?: number };
    budgetBreakdowns?: { budgetBreakdown?: { description?: string; sourceParty?: { name?: string } }[] }[];
  };
  contractingProcesses?: { summary?: { contractValue?: { amount?: number } } }[];
  locations?: { geometry?: unknown; address?: { region?: string } }[];
}
const pkg = readBuiltJson(SAMPLE_DATA_PATH) as { projects: RawProject[] };
const raw = pkg.projects;
const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-');
const totals = (rows: RawProject[]) => ({
  n: rows.length,
  pagu: rows.reduce((s, p) => s + (p.budget?.amount?.amount ?? 0), 0),
  contract: rows.reduce(
    (s, p) =>
      s +
      (p.contractingProcesses?.find((c) => c.summary?.contractValue?.amount != null)?.summary?.contractValue
        ?.amount ?? 0),
    0,
  ),
});

async function open(browser: Browser, path: string, viewport = { width: 1280, height: 900 }) {
  const watched = await openPage(browser, { viewport });
  // Tiles never load in CI; the map must not depend on them.
  await watched.page.route(/tile\.openstreetmap\.org/, (route) => route.abort());
  await watched.page.goto(`${baseUrl()}${path}`);
  await watched.page.getByTestId('project-count').waitFor();
  return watched;
}

/** Every row's project id, read while scrolling the page down through the list (phone layout). */
async function rowIdsScrolling(page: Page): Promise<string[]> {
  const ids = new Set<string>();
  for (let y = 0; ; y += 400) {
    await page.evaluate((top) => window.scrollTo(0, top), y);
    await page.waitForTimeout(50);
    const seen = await page
      .getByTestId('project-list')
      .locator('button[data-project-id]')
      .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.projectId!));
    seen.forEach((id) => ids.add(id));
    const atEnd = await page.evaluate(
      () => window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 1,
    );
    if (atEnd) return [...ids];
  }
}

async function shownTotals(page: Page) {
  const values = await page
    .getByTestId('project-count')
    .locator('data')
    .evaluateAll((els) => els.map((e) => Number(e.getAttribute('value'))));
  return { n: values[0], pagu: values[1], contract: values[2] };
}

async function drawn(page: Page) {
  const frame = page.getByTestId('project-map');
  await frame.waitFor();
  // The map is set up once it is on screen: below the fold on a phone, the reader scrolls to it.
  await frame.scrollIntoViewIfNeeded();
  await page.waitForFunction(() => {
    const el = document.querySelector<HTMLElement>('[data-testid="project-map"]');
    return el && el.dataset.drawnShapes === el.dataset.expectedShapes;
  });
  return frame.evaluate((el: HTMLElement) => Number(el.dataset.drawnShapes) + Number(el.dataset.drawnPoints));
}

describe('the resident map in Chromium', () => {
  const suite = useBrowser();

  it('draws every sample project that has a geometry, without tiles, and says how many have none', async () => {
    const { page, pageErrors } = await open(suite.browser, '/');
    const withGeometry = raw.filter((p) => p.locations?.some((l) => l.geometry)).length;
    assert.equal(await drawn(page), withGeometry);
    assert.ok((await page.locator('.project-map canvas').count()) >= 1, 'drawn on canvas');
    assert.equal(await page.locator('.kecamatan-label').count(), 23);
    const note = (await page.getByTestId('unlocated-note').textContent()) ?? '';
    assert.match(note, new RegExp(`^${raw.length - withGeometry} proyek tanpa lokasi`));
    assert.deepEqual(pageErrors, []);
    await page.context().close();
  });

  it('writes kecamatan names that never overlap, and more of them as the map zooms in', async () => {
    const visibleLabels = (page: Page) =>
      page.locator('.kecamatan-label:not(.kecamatan-label--crowded) > span').evaluateAll((els) =>
        els.map((el) => {
          const { left, top, right, bottom } = el.getBoundingClientRect();
          return { name: el.textContent ?? '', left, top, right, bottom };
        }),
      );
    for (const viewport of [
      { width: 1280, height: 900 },
      { width: 360, height: 740 },
    ]) {
      const { page, pageErrors } = await open(suite.browser, '/', viewport);
      await drawn(page);
      const shown = await visibleLabels(page);
      assert.ok(shown.length >= 8, `${shown.length} names shown at ${viewport.width} px`);
      for (const [i, a] of shown.entries()) {
        for (const b of shown.slice(i + 1)) {
          const apart = a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;
          assert.ok(apart, `"${a.name}" and "${b.name}" overlap at ${viewport.width} px`);
        }
      }
      await page.locator('.leaflet-control-zoom-in').click();
      await page.waitForFunction(
        (before) =>
          document.querySelectorAll('.kecamatan-label:not(.kecamatan-label--crowded)').length > before,
        shown.length,
      );
      assert.deepEqual(pageErrors, []);
      await page.context().close();
    }
  });

  it('repaints the map once a filter has been applied, and again when it is cleared', async () => {
    // Shapes are added and removed in slices with the canvas held (see held-canvas.ts): a held
    // canvas that never repainted would still show the old projects, or nothing.
    const { page, pageErrors } = await open(suite.browser, '/');
    await drawn(page);
    const picture = async () => {
      // The repaint happens in the frame after the last slice.
      await page.evaluate(
        () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
      );
      return page
        .locator('.project-map canvas')
        .first()
        .evaluate((c: HTMLCanvasElement) => c.toDataURL());
    };
    // Share of pixels that differ by more than anti-aliasing does: a view that lands a fraction of
    // a pixel elsewhere shades every edge a little differently, a shape missing or left behind
    // changes its pixels by far more.
    // tsx names the helper function below with __name, which the page must have.
    await page.evaluate('globalThis.__name ??= (fn) => fn');
    const differing = (a: string, b: string) =>
      page.evaluate(
        async ([one, two]) => {
          const AA_SHADE = 48;
          const pixels = async (url: string) => {
            const image = new Image();
            image.src = url;
            await image.decode();
            const canvas = document.createElement('canvas');
            [canvas.width, canvas.height] = [image.width, image.height];
            const context = canvas.getContext('2d')!;
            context.drawImage(image, 0, 0);
            return context.getImageData(0, 0, image.width, image.height).data;
          };
          const [p, q] = [await pixels(one!), await pixels(two!)];
          let changed = 0;
          const far = (i: number) =>
            Math.max(...[0, 1, 2, 3].map((c) => Math.abs(p[i + c]! - q[i + c]!))) > AA_SHADE;
          for (let i = 0; i < p.length; i += 4) if (far(i)) changed++;
          return changed / (p.length / 4);
        },
        [a, b],
      );
    const all = await picture();
    await navigateInApp(page, '/?kategori=jembatan');
    // Bridges are points: no shape is left on the roads' canvas.
    await page.waitForFunction(() => {
      const el = document.querySelector<HTMLElement>('[data-testid="project-map"]');
      return el?.dataset.drawnShapes === '0' && el.dataset.expectedShapes === '0';
    });
    const bridgesOnly = await picture();
    const removed = await differing(all, bridgesOnly);
    assert.ok(removed > 0.002, `the roads and channels are gone from the canvas (${removed})`);
    await navigateInApp(page, '/');
    assert.ok((await drawn(page)) > 0);
    const back = await differing(all, await picture());
    assert.ok(back < removed / 20, `cleared, the map is painted as it was (${back} against ${removed})`);
    assert.deepEqual(pageErrors, []);
    await page.context().close();
  });

  it('shows count and totals equal to the package for several filters', async () => {
    const region = slug(raw.find((p) => p.locations?.[0]?.address?.region)!.locations![0]!.address!.region!);
    // The sample names the source (APBD, APBD-P, DAK…) in each budget line's description.
    const source = 'APBD-P';
    const dataset = readPackage(pkg, { sourceUrl: 'x', fallbackAsOf: '2023-12-29' });
    const kritisIds = new Set(dataset.projects.filter((p) => p.progress.kritis?.kritis).map((p) => p.id));
    const cases: [string, RawProject[]][] = [
      ['/', raw],
      [
        `/?kecamatan=${region}`,
        raw.filter((p) => p.locations?.some((l) => l.address?.region && slug(l.address.region) === region)),
      ],
      [
        `/?sumber=${slug(source)}`,
        raw.filter((p) =>
          p.budget?.budgetBreakdowns?.some((b) => b.budgetBreakdown?.some((l) => l.description === source)),
        ),
      ],
      ['/?status=kritis', raw.filter((p) => kritisIds.has(p.id))],
    ];
    for (const [path, expected] of cases) {
      const { page } = await open(suite.browser, path);
      assert.deepEqual(await shownTotals(page), totals(expected), path);
      assert.ok(expected.length > 0, `${path} selects something`);
      await page.context().close();
    }
  });

  it('selects by keyboard alone, from the list and on the map', async () => {
    const { page, pageErrors } = await open(suite.browser, '/');
    await drawn(page);
    const firstRow = page.getByTestId('project-list').getByRole('button').first();
    await firstRow.focus();
    await page.keyboard.press('ArrowDown');
    // The list re-renders as focus moves; press Enter once the second row really has focus.
    await page.waitForFunction(
      (id) => document.activeElement?.getAttribute('data-project-id') === id,
      raw[1]!.id,
    );
    await page.keyboard.press('Enter');
    await page.getByTestId('project-summary').waitFor();
    assert.equal(new URL(page.url()).searchParams.get('proyek'), raw[1]!.id);
    assert.equal(
      await page.locator('button[aria-current="true"]').getAttribute('data-project-id'),
      raw[1]!.id,
    );

    await page.getByRole('button', { name: 'Tutup ringkasan' }).click();
    const map = page.locator('.project-map__leaflet');
    await map.focus();
    await page.keyboard.press('ArrowUp');
    await page.waitForFunction(() => new URL(location.href).searchParams.has('peta'));
    await page.keyboard.press('Enter');
    await page.getByTestId('project-summary').waitFor();
    assert.ok(new URL(page.url()).searchParams.get('proyek'), 'Enter on the map selects a project');
    assert.deepEqual(pageErrors, []);
    await page.context().close();
  });

  it('sets the map up on a phone once the reader scrolls to it, and at once where it is in view', async () => {
    const { page, pageErrors } = await open(suite.browser, '/', { width: 412, height: 823 });
    // The count is there: the page has its data, and the map's box sits below the fold.
    await page.getByTestId('project-count').waitFor();
    await page.getByTestId('project-map').waitFor();
    const top = await page.getByTestId('project-map').evaluate((el) => el.getBoundingClientRect().top);
    assert.ok(top >= 823, `the map's box is below the fold (${top} px)`);
    await page.waitForTimeout(500);
    assert.equal(
      await page.locator('.leaflet-container').count(),
      0,
      'no Leaflet before the map is on screen',
    );
    assert.equal(await page.locator('.project-map__waiting').count(), 1, 'its box is kept, at its size');
    await page.mouse.wheel(0, 400);
    assert.ok((await drawn(page)) > 0, 'the map draws once scrolled to');
    assert.deepEqual(pageErrors, []);
    await page.context().close();

    const desktop = await open(suite.browser, '/', { width: 1280, height: 900 });
    await desktop.page.locator('.leaflet-container').waitFor();
    assert.equal(await desktop.page.evaluate(() => window.scrollY), 0, 'in view at once, no scrolling');
    assert.deepEqual(desktop.pageErrors, []);
    await desktop.page.context().close();
  });

  it('works at 360 px: map and list as tabs, no sideways scrolling', async () => {
    const { page } = await open(suite.browser, '/', { width: 360, height: 740 });
    await drawn(page);
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.equal(await overflow(), 0);
    assert.equal(await page.getByTestId('project-list').isVisible(), false);
    await page.getByRole('button', { name: 'Daftar' }).click();
    await page.getByTestId('project-list').waitFor();
    assert.equal(await page.locator('.project-map__leaflet').isVisible(), false);
    await page.getByTestId('project-list').getByRole('button').first().click();
    await page.getByTestId('project-summary').waitFor();
    assert.equal(await overflow(), 0);
    const box = await page.getByRole('button', { name: 'Peta' }).boundingBox();
    assert.ok(box && box.height >= 44, 'tab is a 44px touch target');
    await page.context().close();
  });

  it('scrolls the page, not a box, through the list on a phone; a row tapped far down shows its summary', async () => {
    const { page, pageErrors } = await open(suite.browser, '/?tampil=daftar', { width: 360, height: 740 });
    const list = page.getByTestId('project-list');
    await list.locator('button[data-project-id]').first().waitFor();
    assert.equal(await list.evaluate((el) => getComputedStyle(el).overflowY), 'visible', 'no scroll box');
    const pageHeight = await page.evaluate(() => document.documentElement.scrollHeight);
    assert.ok(pageHeight > raw.length * 44, `the page holds every row (${pageHeight} px)`);

    // Rows follow one another with no gap or overlap, wherever the page is scrolled.
    const rowsInView = () =>
      list.locator('li[data-index]').evaluateAll((els) =>
        els
          .map((el) => ({ index: Number(el.getAttribute('data-index')), box: el.getBoundingClientRect() }))
          .sort((a, b) => a.index - b.index)
          .map(({ index, box }) => ({ index, top: box.top, bottom: box.bottom })),
      );
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
    await page.waitForTimeout(200);
    const middle = await rowsInView();
    for (let i = 1; i < middle.length; i++) {
      assert.equal(middle[i]!.index, middle[i - 1]!.index + 1);
      assert.ok(Math.abs(middle[i]!.top - middle[i - 1]!.bottom) <= 1, `row ${middle[i]!.index} follows on`);
    }
    assert.ok(
      middle.some((r) => r.top >= 0 && r.bottom <= 740),
      'rows are on screen half way down the page',
    );

    assert.equal((await rowIdsScrolling(page)).length, raw.length, 'every row comes into view');
    const last = list.locator(`li[aria-posinset="${raw.length}"]`);
    await last.waitFor();
    const lastBox = await last.boundingBox();
    assert.ok(lastBox && lastBox.y + lastBox.height <= 741, 'the last row is reachable on screen');

    await last.getByRole('button').click();
    const summary = page.getByTestId('project-summary');
    await summary.waitFor();
    await page.waitForFunction(() => {
      const top = document.querySelector('[data-testid="project-summary"]')?.getBoundingClientRect().top;
      return top !== undefined && top >= 0 && top < 740;
    });
    assert.deepEqual(pageErrors, []);
    await page.context().close();
  });

  it('filters by an integrity signal on a phone: the rule’s projects, each with its chip, one tap to its rule', async () => {
    const kept = new Set(
      readPackage(pkg, { sourceUrl: 'x', fallbackAsOf: '2024-01-01' }).projects.map((p) => p.id),
    );
    const expected = independentSignals(pkg, kept)['perpanjangan']!;
    const { page, pageErrors } = await openPage(suite.browser, {
      viewport: { width: 360, height: 740 },
      hasTouch: true,
      isMobile: true,
    });
    await page.route(/tile\.openstreetmap\.org/, (route) => route.abort());
    await page.goto(`${baseUrl()}/?tanda=perpanjangan`);
    await page
      .getByTestId('project-count')
      .filter({ hasText: new RegExp(`^${expected.length} proyek`) })
      .waitFor();
    assert.equal(await page.getByLabel('Tanda integritas').inputValue(), 'perpanjangan');
    await page.getByRole('button', { name: 'Daftar' }).click();
    const rows = page.getByTestId('project-list').locator('button[data-project-id]');
    await rows.first().waitFor();
    const ids = await rowIdsScrolling(page);
    assert.deepEqual([...ids].sort(), [...expected].sort());
    assert.equal(
      await rows.locator('[data-signal="perpanjangan"]').count(),
      await rows.count(),
      'a chip on every row',
    );
    await rows.first().click();
    const chip = page.getByTestId('project-summary').locator('a[data-signal="perpanjangan"]');
    const box = await chip.boundingBox();
    assert.ok(box && box.height >= 44 && box.width >= 44, 'the chip is a 44 px touch target');
    await chip.click();
    await page.waitForURL(/\/metodologi#perpanjangan$/);
    await page.locator('#perpanjangan').waitFor();
    const top = await page.locator('#perpanjangan').evaluate((el) => el.getBoundingClientRect().top);
    assert.ok(top >= 0 && top < 740, `the rule's section is on screen (top ${top})`);
    assert.equal(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), 0);
    assert.deepEqual(pageErrors, []);
    await page.context().close();
  });

  it('copies a link that reopens the same view', async () => {
    const { page } = await open(suite.browser, '/?kategori=jalan&warna=kategori');
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl() });
    await drawn(page);
    await page.getByTestId('project-list').getByRole('button').nth(2).click();
    await page.locator('.project-map__leaflet').focus();
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => new URL(location.href).searchParams.has('peta'));
    await page.getByText('Bagikan', { exact: true }).click();
    await page.getByRole('button', { name: 'Salin tautan' }).click();
    await page.getByText('Tersalin.').waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    assert.equal(copied, page.url());
    const before = {
      totals: await shownTotals(page),
      summary: await page.getByTestId('project-summary').locator('h2').textContent(),
      drawn: await drawn(page),
    };
    await page.context().close();

    const second = await open(suite.browser, new URL(copied).pathname + new URL(copied).search);
    assert.deepEqual(await shownTotals(second.page), before.totals);
    assert.equal(
      await second.page.getByTestId('project-summary').locator('h2').textContent(),
      before.summary,
    );
    assert.equal(await drawn(second.page), before.drawn);
    await second.page.waitForTimeout(300);
    // The map opened at the shared view and did not move: the view parameter is unchanged.
    assert.equal(
      new URL(second.page.url()).searchParams.get('peta'),
      new URL(copied).searchParams.get('peta'),
    );
    assert.equal(await second.page.getByRole('radio', { name: 'Kategori' }).isChecked(), true);
    await second.page.context().close();
  });

  it('previews a shared link to the map with its own picture and the headline figures', async () => {
    const dataset = readPackage(pkg, { sourceUrl: 'x', fallbackAsOf: '2023-12-29' });
    const { page } = await open(suite.browser, '/');
    const meta = (selector: string) =>
      page.locator(`meta[${selector}]`).getAttribute('content', { timeout: 1000 });
    const description = (await meta('property="og:description"')) ?? '';
    assert.match(description, new RegExp(`^Semua ${dataset.projects.length} paket · pagu Rp `));
    const kritis = dataset.projects.filter((p) => p.progress.kritis?.kritis).length;
    assert.match(description, new RegExp(` · ${kritis} indikasi kritis\\. Data per \\d{1,2} \\w+ \\d{4}\\.`));
    assert.match(description, /DATA CONTOH — bukan data resmi\.$/);
    // One description: the page's own says what its preview says.
    assert.equal(await page.locator('meta[name="description"]').count(), 1);
    assert.equal(await meta('name="description"'), description);
    const { siteUrl } = readBuiltJson('/config.json') as { siteUrl: string };
    assert.equal(await meta('property="og:image"'), `${siteUrl.replace(/\/$/, '')}/pratinjau/peta.png`);
    const png = await (await page.request.get(`${baseUrl()}/pratinjau/peta.png`)).body();
    assert.equal(png.subarray(1, 4).toString('latin1'), 'PNG');
    assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [1200, 630]);
    assert.ok(png.length > 30_000, `a drawn map, not a blank card (${png.length} bytes)`);
    // A filtered address gets the same page: its preview says it is of all projects.
    assert.match((await meta('property="og:title"')) ?? '', /^Semua proyek Kabupaten Bekasi \d{4}$/);
    await page.goto(`${baseUrl()}/?kecamatan=babelan`);
    assert.match((await meta('property="og:title"')) ?? '', /^Semua proyek /);
    await page.context().close();
  });

  it('"Dekat saya" takes a refusal politely and flies to a granted position', async () => {
    const { page } = await open(suite.browser, '/');
    await drawn(page);
    await page.getByRole('button', { name: 'Dekat saya' }).click();
    await page.getByTestId('near-me-status').filter({ hasText: 'Izin lokasi tidak diberikan' }).waitFor();
    await page.context().close();

    const granted = await openPage(suite.browser, {
      viewport: { width: 1280, height: 900 },
      permissions: ['geolocation'],
      geolocation: { latitude: -6.2615, longitude: 107.1523 },
    });
    await granted.page.route(/tile\.openstreetmap\.org/, (route) => route.abort());
    await granted.page.goto(`${baseUrl()}/`);
    await drawn(granted.page);
    await granted.page.getByRole('button', { name: 'Dekat saya' }).click();
    await granted.page.getByTestId('near-me-status').filter({ hasText: 'sekitar lokasi Anda' }).waitFor();
    await granted.page.waitForFunction(() =>
      new URL(location.href).searchParams.get('peta')?.endsWith(',15'),
    );
    await granted.page.context().close();

    // On a phone the button sits above the fold and the map below it, not yet set up: a press
    // brings the map on screen and flies it to the reader.
    const phone = await openPage(suite.browser, {
      viewport: { width: 412, height: 823 },
      permissions: ['geolocation'],
      geolocation: { latitude: -6.2615, longitude: 107.1523 },
    });
    await phone.page.route(/tile\.openstreetmap\.org/, (route) => route.abort());
    await phone.page.goto(`${baseUrl()}/`);
    await phone.page.getByTestId('project-count').waitFor();
    assert.equal(await phone.page.locator('.leaflet-container').count(), 0);
    await phone.page.getByRole('button', { name: 'Dekat saya' }).click();
    await phone.page.getByTestId('near-me-status').filter({ hasText: 'sekitar lokasi Anda' }).waitFor();
    await phone.page.locator('.leaflet-container').waitFor();
    await phone.page.waitForFunction(() => new URL(location.href).searchParams.get('peta')?.endsWith(',15'));
    assert.deepEqual(phone.pageErrors, []);
    await phone.page.context().close();
  });
});
