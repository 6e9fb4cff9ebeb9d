import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { navigateInApp } from '../support/app-page';
import { holdRequests } from '../support/hold-requests';
import { drawnPageKept, notePrerenderedPage, waitForLive } from '../../quality/e2e/harness';
import { openPage, type WatchedPage } from '../support/browser';
import { baseUrl, readBuiltJson, SAMPLE_DATA_PATH } from '../support/env';
import { useBrowser } from '../support/suite';
import { expectedKritis } from '../../unit/kritis-expected';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const pkg = readBuiltJson(SAMPLE_DATA_PATH) as Json;
const config = readBuiltJson('/config.json') as { siteUrl?: string };
const projects = pkg.projects as Json[];
const asOf = (pkg.publishedDate as string).slice(0, 10);
const titleOf = (p: Json): string => (typeof p.title === 'string' && p.title.trim()) || p.id;
const pathOf = (id: string) => `/proyek/${encodeURIComponent(id)}`;

/** Client-side navigation: the router follows popstate, so the 3 MB package is loaded only once. */
async function showProject(page: Page, id: string, title: string): Promise<void> {
  await navigateInApp(page, pathOf(id));
  await page.waitForFunction(
    (expected) =>
      document.querySelector('.project-page__title')?.textContent === expected &&
      document.querySelector('[data-testid="kritis-badge"]') !== null,
    title,
    { timeout: 10_000 },
  );
}

/**
 * Starts a print with `start` and tells, at the moment the page calls the browser's print (stubbed
 * here), how many chart cards the page has and how many of them have their drawing.
 */
async function printFromPage(
  page: Page,
  start: () => Promise<void>,
): Promise<{ charts: number; drawn: number; qr: boolean }> {
  await page.evaluate(() => {
    const w = window as unknown as { printedWith?: { charts: number; drawn: number; qr: boolean } };
    delete w.printedWith;
    window.print = () => {
      const boxes = [...document.querySelectorAll('.chart-card__chart')];
      w.printedWith = {
        charts: boxes.length,
        drawn: boxes.filter((box) => box.querySelector('svg.recharts-surface .recharts-layer')).length,
        qr: Boolean(document.querySelector('[data-testid="qr-code"] path')?.getAttribute('d')),
      };
    };
  });
  await start();
  // Printing waits for the charts' and the QR's code to load and draw: on a loaded 2-core CI
  // machine that once took over 10 s (it passes in about 5 s otherwise).
  const printed = await page.waitForFunction(
    () => (window as unknown as { printedWith?: unknown }).printedWith,
    null,
    { timeout: 25_000 },
  );
  return (await printed.jsonValue()) as { charts: number; drawn: number; qr: boolean };
}

/** The projects that put most on paper: the hardest cases for a one-page print. */
function heaviest(n: number): Json[] {
  const weight = (p: Json) =>
    titleOf(p).length +
    40 * ((p.contractingProcesses?.[0]?.summary?.modifications ?? []).length as number) +
    20 * ((p.budget?.budgetBreakdowns?.[0]?.budgetBreakdown ?? []).length as number) +
    (p.x_volume?.description?.length ?? 0);
  const withCurve = projects.filter((p) => (p.forecasts ?? []).length > 0);
  return [...withCurve].sort((a, b) => weight(b) - weight(a)).slice(0, n);
}

describe('the project page in Chromium', () => {
  const suite = useBrowser();
  let watched: WatchedPage;
  before(async () => {
    watched = await openPage(suite.browser, { viewport: { width: 1280, height: 900 } });
    const first = projects[0]!;
    await watched.page.goto(`${baseUrl()}${pathOf(first.id)}`);
    await watched.page.locator('.project-page__title').waitFor({ timeout: 20_000 });
  });

  it(`renders every sample project (${projects.length}) with the kritis badge the rule gives`, async () => {
    const { page, pageErrors } = watched;
    const wrong: string[] = [];
    const seen = { kritis: 0, aman: 0, 'tidak-dinilai': 0 };
    for (const project of projects) {
      await showProject(page, project.id, titleOf(project));
      const state = (await page.getByTestId('kritis-badge').getAttribute('data-state')) as keyof typeof seen;
      const expected = expectedKritis(project, asOf);
      seen[state] += 1;
      if (state !== expected) wrong.push(`${project.id}: badge ${state}, rule says ${expected}`);
      const text = (await page.locator('.project-page').textContent()) ?? '';
      if (/undefined|NaN/.test(text)) wrong.push(`${project.id}: shows "undefined" or "NaN"`);
    }
    assert.deepEqual(wrong, []);
    assert.ok(seen.kritis > 0 && seen.aman > 0, `both verdicts occur: ${JSON.stringify(seen)}`);
    assert.deepEqual(pageErrors, []);
  });

  it('prints as one A4 page with the QR code, for the fullest projects too', async () => {
    const { page } = watched;
    for (const project of heaviest(3)) {
      await showProject(page, project.id, titleOf(project));
      // The page's print button: the browser's print once the charts are drawn.
      assert.deepEqual(
        await printFromPage(page, () => page.getByRole('button', { name: 'Cetak papan proyek' }).click()),
        {
          charts: 2,
          drawn: 2,
          qr: true,
        },
      );
      await page.emulateMedia({ media: 'print' });
      const qr = page.getByTestId('qr-code');
      assert.ok(await qr.isVisible(), `${project.id}: QR visible in print`);
      assert.ok(((await qr.boundingBox())?.width ?? 0) > 50, `${project.id}: QR big enough to scan`);
      assert.equal(await page.locator('.shell__header').isVisible(), false, 'navigation hidden in print');
      assert.ok(
        await page
          .locator('[data-chart^="kurva-s"] .recharts-wrapper > svg.recharts-surface')
          .first()
          .isVisible(),
        'kurva S printed',
      );
      const bytes = await page.pdf({ format: 'A4', printBackground: true });
      if (process.env.E2E_KEEP_PDF) writeFileSync(`${process.env.E2E_KEEP_PDF}/${project.id}.pdf`, bytes);
      const pdf = bytes.toString('latin1');
      const pages = pdf.match(/\/Type\s*\/Page(?![s\w])/g) ?? [];
      assert.equal(pages.length, 1, `${project.id}: ${pages.length} pages`);
      await page.emulateMedia({ media: 'screen' });
    }
  });

  it('prints with both charts and the QR drawn from a phone, by Ctrl+P, though they waited below the fold', async () => {
    const { page, pageErrors } = await openPage(suite.browser, { viewport: { width: 360, height: 740 } });
    const project = heaviest(1)[0]!;
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    await page.goto(`${baseUrl()}${pathOf(project.id)}`);
    await page.locator('.project-page__title').waitFor({ timeout: 20_000 });
    await page.waitForLoadState('networkidle');
    const drawings = () => scripts.filter((path) => /project-(kurva-s|deviation)-drawing/.test(path));
    assert.deepEqual(drawings(), [], 'the charts below the fold load their code only when drawn');
    assert.equal(await page.locator('.chart-card__chart svg').count(), 0);
    assert.equal(
      await page.locator('[data-testid="qr-code"] path').count(),
      0,
      'the QR is encoded only when needed',
    );
    assert.deepEqual(await printFromPage(page, () => page.keyboard.press('Control+P')), {
      charts: 2,
      drawn: 2,
      qr: true,
    });
    for (const name of ['project-kurva-s-drawing', 'project-deviation-drawing'])
      assert.ok(
        drawings().some((path) => path.includes(name)),
        `${name} loaded for the print`,
      );
    assert.deepEqual(pageErrors, []);
    await page.context().close();
  });

  it('encodes the QR on a phone when the reader scrolls to it', async () => {
    const { page, pageErrors } = await openPage(suite.browser, { viewport: { width: 360, height: 740 } });
    const project = projects[0]!;
    await page.goto(`${baseUrl()}${pathOf(project.id)}`);
    await page.locator('.project-page__title').waitFor({ timeout: 20_000 });
    await page.waitForLoadState('networkidle');
    const qr = page.getByTestId('qr-code');
    assert.equal(await qr.getAttribute('data-drawn'), 'false', 'not encoded while far below the fold');
    await qr.scrollIntoViewIfNeeded();
    await page.locator('[data-testid="qr-code"][data-drawn="true"] path').waitFor({ timeout: 10_000 });
    const url = await page.getByTestId('page-url').textContent();
    assert.ok(url?.endsWith(pathOf(project.id)), `the code's link is shown beside it: ${url}`);
    assert.deepEqual(pageErrors, []);
    await page.context().close();
  });

  it('prefills LAPOR! and WhatsApp with the name, id and link', async () => {
    const { page } = watched;
    const project = projects.find((p) => /"|&|\//.test(titleOf(p))) ?? projects[1]!;
    await showProject(page, project.id, titleOf(project));
    const link = new URL(pathOf(project.id).slice(1), `${config.siteUrl ?? baseUrl()}/`).href;
    const wa = new URL((await page.getByTestId('whatsapp-link').getAttribute('href'))!);
    assert.equal(wa.origin, 'https://wa.me');
    const text = wa.searchParams.get('text') ?? '';
    for (const part of [titleOf(project), project.id, link])
      assert.ok(text.includes(part), `WhatsApp text has ${part}`);
    assert.equal(await page.getByTestId('lapor-link').getAttribute('href'), 'https://www.lapor.go.id/');
    assert.equal(await page.getByTestId('report-text').inputValue(), text);
    assert.equal(await page.getByTestId('page-url').textContent(), link);
  });

  it('opens a project at its top on a phone, and Back returns to where the reader was', async () => {
    const { page, pageErrors } = await openPage(suite.browser, { viewport: { width: 360, height: 740 } });
    await page.goto(`${baseUrl()}/statistik`);
    // The most delayed packages, far down the page: their table links to each project.
    const card = page.locator('figure[data-chart="paket-terlambat"]');
    await card.scrollIntoViewIfNeeded();
    await card.locator('.chart-card__table > summary').click();
    const link = card.locator('table a[href^="/proyek/"]').first();
    await link.scrollIntoViewIfNeeded();
    const before = await page.evaluate(() => window.scrollY);
    assert.ok(before > 1000, `scrolled down the statistics page (${before} px)`);
    await link.click();
    await page.waitForURL(/\/proyek\//);
    await page.locator('.project-page h1').waitFor();
    assert.equal(await page.evaluate(() => window.scrollY), 0, 'the project page opens at its top');
    await page.goBack();
    await page.waitForURL(/\/statistik/);
    await page.waitForFunction((y) => Math.abs(window.scrollY - y) < 50, before, { timeout: 10_000 });
    assert.deepEqual(pageErrors, []);
    await page.context().close();
  });

  it('keeps where a reader scrolled the drawn page on a phone when the app takes it over', async () => {
    // The entry script is held, as on a slow phone: the reader scrolls the page the build drew.
    const { page, pageErrors } = await openPage(suite.browser, {
      viewport: { width: 360, height: 740 },
      serviceWorkers: 'block',
    });
    const entry = await holdRequests(page, /\/assets\/index-[^/]+\.js$/);
    await notePrerenderedPage(page);
    await page.goto(`${baseUrl()}${pathOf(projects[0]!.id)}`, { waitUntil: 'commit' });
    await page.locator('.project-page__title').waitFor();
    await page.mouse.move(180, 400);
    await page.mouse.wheel(0, 900);
    await page.waitForFunction(() => window.scrollY > 800);
    const read = await page.evaluate(() => window.scrollY);
    entry.release();
    await waitForLive(page);
    await page.waitForLoadState('networkidle');
    assert.equal(await page.evaluate(() => window.scrollY), read, 'the reader stays where they were');
    assert.deepEqual(pageErrors, []);
    await page.context().close();
  });

  it('shows where the work is on a phone, opens it on the map, and leads back to the list', async () => {
    const { page, pageErrors } = await openPage(suite.browser, { viewport: { width: 360, height: 740 } });
    const road = projects.find((p) => p.locations?.[0]?.geometry?.type === 'LineString')!;
    // Opened from a shared link: the way back is the works in the same kecamatan.
    await page.goto(`${baseUrl()}${pathOf(road.id)}`);
    await page.locator('.project-page h1').waitFor();
    const map = page.getByTestId('location-map');
    // Drawn with its kecamatan once the boundaries have come (the page may hydrate before).
    await map.locator('.location-map__kecamatan').waitFor({ state: 'attached', timeout: 20_000 });
    await map.scrollIntoViewIfNeeded();
    const shape = (await map.locator('[data-project-shape]').boundingBox())!;
    const frame = (await map.boundingBox())!;
    assert.ok(shape.width > 2 || shape.height > 2, 'the road is drawn as a line');
    assert.ok(
      shape.x >= frame.x && shape.x + shape.width <= frame.x + frame.width + 1,
      'the road lies inside the map',
    );
    assert.ok(frame.width <= 360 && frame.width > 250, `the map fits the phone (${frame.width} px)`);
    const onMap = page.getByRole('link', { name: 'Lihat di peta proyek' });
    const kecamatan = new URL((await onMap.getAttribute('href'))!, baseUrl()).searchParams.get('kecamatan');
    assert.ok(kecamatan, 'the map link names the kecamatan');
    const back = page.locator('a.back-link');
    assert.equal(await back.getAttribute('href'), `/?kecamatan=${kecamatan}`);
    assert.ok(((await back.boundingBox())?.height ?? 0) >= 44, 'the way back is a 44 px target');
    await onMap.click();
    await page.waitForURL((url) => url.pathname === '/' && url.searchParams.get('proyek') === road.id);
    await page.getByTestId('project-summary').waitFor({ timeout: 20_000 });
    // Opened from the list: the way back is the browser's Back, to the same filtered list.
    await page.getByTestId('project-summary').getByRole('link', { name: 'Buka halaman proyek' }).click();
    await page.waitForURL(/\/proyek\//);
    await page.getByRole('button', { name: '← Kembali' }).click();
    await page.waitForURL((url) => url.pathname === '/' && url.searchParams.get('kecamatan') === kecamatan);
    await page.getByTestId('project-summary').waitFor();
    assert.deepEqual(pageErrors, []);
    await page.context().close();
  });

  it('links each term of the trade to its meaning in the glossary, opened at that term', async () => {
    const { page, pageErrors } = await openPage(suite.browser, { viewport: { width: 360, height: 740 } });
    const withHps = projects[0]!;
    await page.goto(`${baseUrl()}${pathOf(withHps.id)}`);
    // The prerendered page is replaced when the app takes over: act on the live one (its location
    // map draws the kecamatan once the app has fetched the boundaries).
    await page.locator('.location-map__kecamatan').waitFor({ state: 'attached', timeout: 20_000 });
    const hps = page.getByTestId('fact-hps').getByRole('link', { name: /HPS/ });
    await hps.scrollIntoViewIfNeeded();
    assert.equal(await hps.getAttribute('href'), '/data#istilah-hps');
    for (const term of ['ssuk', 'scm', 'kritis'])
      assert.equal(
        await page.getByTestId('kritis').locator(`a[href="/data#istilah-${term}"]`).count(),
        1,
        `the kritis rule links ${term}`,
      );
    await hps.click();
    await page.waitForURL(/\/data#istilah-hps$/);
    const term = page.locator('#istilah-hps');
    await term.waitFor();
    await page.waitForFunction(() => {
      const top = document.getElementById('istilah-hps')?.getBoundingClientRect().top;
      return top !== undefined && top >= 0 && top < 400;
    });
    assert.match((await term.textContent()) ?? '', /Harga Perkiraan Sendiri/);
    assert.deepEqual(pageErrors, []);
    await page.context().close();
  });

  it('paints a shared project link from its HTML alone: name, verdict and figures before any script', async () => {
    const { page } = await openPage(suite.browser, {
      javaScriptEnabled: false,
      viewport: { width: 360, height: 740 },
    });
    const project = projects[0]!;
    await page.goto(`${baseUrl()}${pathOf(project.id)}`);
    assert.equal(await page.locator('.project-page__title').textContent(), titleOf(project));
    assert.ok(await page.locator('.project-page__title').isVisible());
    assert.ok(await page.getByTestId('kritis-badge').isVisible());
    assert.match(await page.title(), new RegExp(titleOf(project).slice(0, 20)));
    // The page carries the one file it was drawn from, for the script to start from.
    const carried = await page.locator('script[type="application/json"][data-document]').count();
    assert.equal(carried, 1);
    // A shared link's preview (WhatsApp, Telegram) names the works and what they are, with the date.
    const meta = (property: string) =>
      page.locator(`meta[property="${property}"]`).getAttribute('content', { timeout: 1000 });
    assert.equal(await meta('og:title'), await page.title());
    const description = (await meta('og:description')) ?? '';
    assert.match(description, /indikasi kritis/);
    assert.match(description, /Data per \d{1,2} \w+ \d{4}\./);
    assert.match(description, /DATA CONTOH — bukan data resmi\.$/);
    // ... and shows this project's own picture: its name, its bars, drawn by the build.
    const { siteUrl } = readBuiltJson('/config.json') as { siteUrl: string };
    const imagePath = `${pathOf(project.id)}/og.png`;
    assert.equal(await meta('og:image'), `${siteUrl.replace(/\/$/, '')}${imagePath}`);
    assert.match((await meta('og:image:alt')) ?? '', new RegExp(titleOf(project).slice(0, 20)));
    const png = await (await page.request.get(`${baseUrl()}${imagePath}`)).body();
    assert.equal(png.subarray(1, 4).toString('latin1'), 'PNG');
    assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [1200, 630]);
    assert.ok(png.length > 15_000, `a drawn card, not a blank one (${png.length} bytes)`);
    await page.context().close();
  });

  it('starts from the file the page carries, with the same page on screen throughout', async () => {
    const { page, pageErrors, consoleErrors } = await openPage(suite.browser);
    const project = projects[1]!;
    const fileRequests: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname.startsWith('/data/')) fileRequests.push(request.url());
    });
    // Watch for a moment without the title (a flash of the loading frame while the script starts).
    await page.addInitScript(() => {
      const w = window as unknown as { titleGone?: boolean };
      new MutationObserver(() => {
        if (document.readyState !== 'loading' && !document.querySelector('.project-page__title'))
          w.titleGone = true;
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(`${baseUrl()}${pathOf(project.id)}`);
    // The app has taken over the page the build wrote (React's root is on #root).
    await page.waitForFunction(
      () => Object.keys(document.getElementById('root')!).some((key) => key.startsWith('__reactContainer')),
      null,
      { timeout: 20_000 },
    );
    await page.waitForLoadState('networkidle');
    assert.equal(
      await page.evaluate(() => (window as unknown as { titleGone?: boolean }).titleGone ?? false),
      false,
    );
    // Before the offline worker asks for its own copy, the page read no data file from the network.
    const beforeWorker = fileRequests.filter((url) => !url.includes('/proyek/'));
    assert.deepEqual(beforeWorker, []);
    assert.deepEqual(pageErrors, []);
    assert.deepEqual(consoleErrors, []);
    await page.context().close();
  });

  it('hydrates the drawn project page: its elements become the app, nothing is drawn anew', async () => {
    const { page, pageErrors, consoleErrors } = await openPage(suite.browser, {
      viewport: { width: 412, height: 823 },
    });
    const redrawn: string[] = [];
    page.on('console', (message) => {
      if (/drawn anew/.test(message.text())) redrawn.push(message.text());
    });
    await notePrerenderedPage(page);
    await page.goto(`${baseUrl()}${pathOf(projects[3]!.id)}`);
    await waitForLive(page);
    assert.ok(await drawnPageKept(page), 'the page the build drew is now the app page');
    // The sizes the build wrote as rules are the elements' own now, for React to change.
    assert.equal(await page.locator('#root [data-pb-style]').count(), 0);
    // A chart below the signboard draws when the reader comes to it, its reserved height dropped.
    const chart = page.locator('.project-page .chart-card__chart').first();
    await chart.scrollIntoViewIfNeeded();
    await page
      .locator('.project-page .chart-card__chart[data-drawn="true"] svg')
      .first()
      .waitFor({ timeout: 20_000 });
    assert.equal(await chart.evaluate((box) => (box as HTMLElement).style.height), '');
    assert.deepEqual(redrawn, []);
    assert.deepEqual(pageErrors, []);
    assert.deepEqual(consoleErrors, []);
    await page.context().close();
  });

  it('draws the project page anew in English for a reader who chose English', async () => {
    const { page, pageErrors } = await openPage(suite.browser);
    await page.addInitScript(() => localStorage.setItem('pantaubangun:bahasa', 'en'));
    await notePrerenderedPage(page);
    await page.goto(`${baseUrl()}${pathOf(projects[3]!.id)}`);
    await waitForLive(page);
    assert.ok(!(await drawnPageKept(page)), 'the Indonesian page the build drew is replaced');
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
    assert.deepEqual(pageErrors, []);
    await page.context().close();
  });

  it('replaces the drawn project with newer data the host has published since the build', async () => {
    const { page, pageErrors } = await openPage(suite.browser);
    const project = projects[2]!;
    // The host's file now names the project differently (the build drew the old name).
    await page.route(/\/data\/sdabmbk-2023\/proyek\/.*\.json$/, async (route) => {
      const response = await route.fetch();
      const file = (await response.json()) as { index: { columns: { title: string[] } } };
      file.index.columns.title[0] = 'Judul terbaru dari penerbit';
      await route.fulfill({ response, json: file });
    });
    await page.goto(`${baseUrl()}${pathOf(project.id)}`);
    await page.locator('.project-page__title', { hasText: 'Judul terbaru dari penerbit' }).waitFor();
    assert.deepEqual(pageErrors, []);
    await page.context().close();
  });

  it('shows a not-found page with a way back for an unknown id', async () => {
    const { page } = await openPage(suite.browser);
    await page.goto(`${baseUrl()}/proyek/tidak-ada-123`);
    await page.getByRole('heading', { name: 'Proyek tidak ditemukan' }).waitFor({ timeout: 20_000 });
    assert.equal(await page.getByRole('link', { name: 'Kembali ke peta proyek' }).getAttribute('href'), '/');
    assert.equal(await page.title(), 'Proyek tidak ditemukan · PantauBangun');
    await page.context().close();
  });
  it('opens a shared project link with its own small file: no index, no package, also for the offline copy', async () => {
    const { page } = await openPage(suite.browser);
    const dataRequests: string[] = [];
    // Requests from the page and from its service worker alike.
    page.context().on('request', (request) => {
      const path = new URL(request.url()).pathname;
      // Data files, not the /data page's own HTML (precached like every page).
      if (path.startsWith('/data/') && !path.endsWith('.html')) dataRequests.push(path);
    });
    const project = projects[0]!;
    await page.goto(`${baseUrl()}${pathOf(project.id)}`);
    await page.locator('.project-page__title').waitFor({ timeout: 20_000 });
    // The offline worker takes over, and the page hands it what it read.
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 30_000 });
    await page.waitForFunction(
      async (file) => (await caches.keys()).length > 0 && (await caches.match(file)) !== undefined,
      new URL(`/data/sdabmbk-2023/proyek/${encodeURIComponent(project.id)}.json`, baseUrl()).href,
      { timeout: 15_000 },
    );
    const unexpected = dataRequests.filter((path) => !path.startsWith('/data/sdabmbk-2023/proyek/'));
    assert.deepEqual(unexpected, [], "only the project's own file is downloaded");
    assert.ok(dataRequests.length >= 1);
    await page.context().close();
  });
});
