import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import type { Download, Locator, Page } from 'playwright-core';
import { openPage } from '../support/browser';
import { baseUrl, readBuiltJson, SAMPLE_DATA_PATH } from '../support/env';
import { useBrowser } from '../support/suite';

/**
 * The statistics page in Chromium on the built app. The expected headline figures are computed here
 * from the raw OC4IDS package, independently of the app's mapping and aggregation code.
 */
interface Amount {
  amount?: number;
}
interface Observation {
  measure?: number;
  value?: Amount;
  period?: { endDate?: string };
}
interface RawProject {
  id: string;
  status?: string;
  budget?: { amount?: Amount };
  additionalClassifications?: { scheme: string; id: string }[];
  locations?: { geometry?: { type: string; coordinates: unknown } }[];
  x_volume?: { lengthM?: number };
  metrics?: { id: string; observations?: Observation[] }[];
  contractingProcesses?: {
    summary?: {
      status?: string;
      contractValue?: Amount;
      suppliers?: unknown[];
      documents?: { documentType?: string }[];
    };
  }[];
}
const raw = readBuiltJson(SAMPLE_DATA_PATH) as {
  publishedDate: string;
  publisher: { name: string };
  projects: RawProject[];
};
const AS_OF = raw.publishedDate.slice(0, 10);
const CHART_IDS = [
  'anggaran-kecamatan',
  'anggaran-bidang',
  'sumber-dana',
  'status',
  'kurva-s-program',
  'fisik-keuangan',
  'paket-terlambat',
  'penyedia-terbesar',
];

function expectedFigures() {
  const summaries = (p: RawProject) =>
    (p.contractingProcesses ?? []).flatMap((c) => (c.summary ? [c.summary] : []));
  const contractOf = (p: RawProject) =>
    summaries(p).find((s) => s.contractValue?.amount != null)?.contractValue?.amount;
  const kategori = (p: RawProject) => p.additionalClassifications?.find((c) => c.scheme === 'x_kategori')?.id;
  // Work that started: not failed at tender, not cancelled or still in preparation.
  const handled = (p: RawProject) => {
    const all = summaries(p);
    if (all.some((s) => s.documents?.some((d) => d.documentType === 'termination'))) return true;
    const first = all[0];
    if (first?.status === 'closed' && first.contractValue?.amount == null && !first.suppliers?.length)
      return false;
    if (p.status === 'implementation') return first?.status !== 'pre-award';
    return p.status === 'completion';
  };
  const paid = (p: RawProject) => {
    const observations = (p.metrics ?? [])
      .filter((m) => m.id === 'financialProgress')
      .flatMap((m) => m.observations ?? [])
      .filter((o) => (o.period?.endDate ?? '').slice(0, 10) <= AS_OF)
      .sort((a, b) => a.period!.endDate!.localeCompare(b.period!.endDate!));
    const last = observations.at(-1);
    if (!last) return 0;
    if (last.value?.amount != null) return last.value.amount;
    return last.measure != null ? (last.measure / 100) * (contractOf(p) ?? 0) : 0;
  };
  const haversine = ([lng1, lat1]: number[], [lng2, lat2]: number[]) => {
    const r = Math.PI / 180;
    const a =
      Math.sin(((lat2! - lat1!) * r) / 2) ** 2 +
      Math.cos(lat1! * r) * Math.cos(lat2! * r) * Math.sin(((lng2! - lng1!) * r) / 2) ** 2;
    return 2 * 6_371_008.8 * Math.asin(Math.sqrt(a));
  };
  const lengthOf = (p: RawProject) => {
    const line = p.locations?.find((l) => l.geometry?.type === 'LineString')?.geometry?.coordinates as
      number[][] | undefined;
    if (line && line.length > 1)
      return line.slice(1).reduce((sum, point, i) => sum + haversine(line[i]!, point), 0);
    return p.x_volume?.lengthM ?? 0;
  };
  const projects = raw.projects;
  return {
    paket: projects.length,
    pagu: projects.reduce((sum, p) => sum + (p.budget?.amount?.amount ?? 0), 0),
    'nilai-kontrak': projects.reduce((sum, p) => sum + (contractOf(p) ?? 0), 0),
    'realisasi-keuangan': projects.reduce((sum, p) => sum + paid(p), 0),
    'jalan-km':
      projects.filter((p) => kategori(p) === 'jalan' && handled(p)).reduce((s, p) => s + lengthOf(p), 0) /
      1000,
    jembatan: projects.filter((p) => kategori(p) === 'jembatan' && handled(p)).length,
    selesai: projects.filter(
      (p) =>
        p.status === 'completion' &&
        handled(p) &&
        !summaries(p).some((s) => s.documents?.some((d) => d.documentType === 'termination')),
    ).length,
  };
}

async function figureValue(page: Page, name: string): Promise<number> {
  return Number(await page.locator(`[data-figure="${name}"] data`).getAttribute('value'));
}

async function download(page: Page, button: Locator): Promise<{ file: Download; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const path = await file.path();
  return { file, bytes: readFileSync(path) };
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

describe('statistics page', () => {
  const suite = useBrowser();

  it('draws every chart and shows headline figures equal to totals computed from the raw package', async () => {
    const { page, pageErrors } = await openPage(suite.browser);
    await page.goto(`${baseUrl()}/statistik`);
    await page.locator('[data-figure="paket"] data').waitFor();
    // Charts are drawn as they come near the viewport; the last one is far below the first screen.
    const last = page.locator(`figure[data-chart="${CHART_IDS.at(-1)}"]`);
    assert.equal(await last.locator('.chart-card__chart').getAttribute('data-drawn'), 'false');
    assert.equal(await last.locator('table').count(), 1, 'the table alternative is there before the drawing');
    for (const id of CHART_IDS) {
      const card = page.locator(`figure[data-chart="${id}"]`);
      await card.scrollIntoViewIfNeeded();
      await card.locator('svg.recharts-surface').first().waitFor({ timeout: 15_000 });
    }
    // One SVG per chart (legends are drawn inside it), so the PNG download draws the chart itself.
    assert.deepEqual(
      await page
        .locator('.chart-card__chart')
        .evaluateAll((charts) => charts.map((c) => c.querySelectorAll('svg').length)),
      CHART_IDS.map(() => 1),
    );
    // "Tabel data" reads as a disclosure, not a heading: it has a marker that turns when opened.
    const summary = page.locator(`figure[data-chart="${CHART_IDS[0]}"] .chart-card__table > summary`);
    const marker = () => summary.evaluate((el) => getComputedStyle(el, '::before').content);
    assert.equal(await marker(), '"▸"');
    await summary.click();
    assert.equal(await marker(), '"▾"');
    const expected = expectedFigures();
    for (const [name, value] of Object.entries(expected)) {
      const shown = await figureValue(page, name);
      assert.ok(
        Math.abs(shown - value) <= 1e-6 * Math.max(1, Math.abs(value)),
        `${name}: shown ${shown}, expected ${value}`,
      );
    }
    assert.ok(expected.paket > 100, 'the sample package is loaded');
    assert.equal(
      await figureValue(page, 'serapan'),
      (expected['realisasi-keuangan'] / expected.pagu) * 100,
      'serapan = realisasi ÷ pagu',
    );
    assert.deepEqual(pageErrors, []);
    await page.context().close();
  });

  it('ranks the largest contractors of the filter: the top five share, a table and links to their pages', async () => {
    const { page, pageErrors } = await openPage(suite.browser, { viewport: { width: 360, height: 740 } });
    await page.goto(`${baseUrl()}/statistik?kategori=jalan`);
    const card = page.locator('figure[data-chart="penyedia-terbesar"]');
    await card.scrollIntoViewIfNeeded();
    await card.locator('svg.recharts-surface').first().waitFor({ timeout: 15_000 });
    assert.equal(await card.locator('h3').textContent(), 'Penyedia terbesar');
    assert.match((await card.getByTestId('chart-filters').textContent()) ?? '', /Jalan/);
    const summary = (await card.locator('.chart-card__summary').textContent()) ?? '';
    assert.match(
      summary,
      /^\d+ penyedia terbesar memegang \d+(,\d)? % dari total nilai kontrak \(Rp [\d.,]+ (M|jt|T) dari Rp [\d.,]+ (M|jt|T); \d+ penyedia\)\./,
    );
    const headers = await card.locator('table thead th').allTextContents();
    assert.deepEqual(headers, ['Peringkat', 'Penyedia', 'Jumlah paket', 'Nilai kontrak', 'Porsi (%)']);
    const rows = await card.locator('table tbody tr').count();
    assert.ok(rows > 0 && rows <= 10, `${rows} rows`);
    assert.equal(await card.locator('.recharts-bar-rectangle').count(), rows, 'one bar per row');
    const links = page.getByRole('list', { name: 'Penyedia terbesar' }).getByRole('link');
    assert.equal(await links.count(), rows);
    for (const href of await links.evaluateAll((all) => all.map((a) => a.getAttribute('href'))))
      assert.match(href ?? '', /^\/penyedia\/[a-z0-9-]+$/);
    // Long firm names wrap or are cut: nothing pushes the page sideways at 360 px.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `the page scrolls sideways by ${overflow} px`);
    assert.deepEqual(pageErrors, []);
    await page.context().close();
  });

  it('wraps long category names on the axis at 360 px instead of cutting them', async () => {
    const { page, pageErrors } = await openPage(suite.browser, { viewport: { width: 360, height: 740 } });
    await page.goto(`${baseUrl()}/statistik`);
    const card = page.locator('figure[data-chart="anggaran-bidang"]');
    await card.scrollIntoViewIfNeeded();
    await card.locator('svg.recharts-surface').first().waitFor({ timeout: 15_000 });
    // Each name as drawn (its lines joined) against the table's whole name.
    const drawn = await card
      .locator('.recharts-yAxis-tick-labels text')
      .evaluateAll((texts) =>
        texts.map((text) => [...text.querySelectorAll('tspan')].map((line) => line.textContent).join(' ')),
      );
    const names = await card.locator('table tbody tr > :first-child').allTextContents();
    assert.ok(drawn.length > 0 && drawn.length === names.length, `${drawn.length} names drawn`);
    assert.deepEqual(drawn, names, 'every name whole on the axis');
    assert.ok(
      drawn.some((name) => name.length > 20),
      'a name longer than one 360 px line is among them',
    );
    assert.deepEqual(pageErrors, []);
    await page.context().close();
  });

  it('keeps the kecamatan chart order in the address, through a reload and into its share link', async () => {
    const { page, pageErrors } = await openPage(suite.browser);
    await page.goto(`${baseUrl()}/statistik`);
    const card = page.locator('figure[data-chart="anggaran-kecamatan"]');
    // Charts draw as they come into view.
    await card.scrollIntoViewIfNeeded();
    await card.locator('svg.recharts-surface').first().waitFor({ timeout: 15_000 });
    await card.getByLabel('Urutkan').selectOption('name');
    await page.waitForURL(/urut-kecamatan=nama/);
    await page.reload();
    await card.scrollIntoViewIfNeeded();
    await card.locator('svg.recharts-surface').first().waitFor({ timeout: 15_000 });
    assert.equal(await card.getByLabel('Urutkan').inputValue(), 'name');
    const names = (await card.locator('table tbody tr > :first-child').allTextContents()).filter(
      (name) => name !== 'Tanpa lokasi',
    );
    assert.ok(names.length > 2);
    assert.deepEqual(
      names,
      [...names].sort((a, b) => a.localeCompare(b, 'id')),
      'rows in A–Z order',
    );
    const drawn = await card.locator('.recharts-yAxis-tick-labels text').allTextContents();
    assert.equal(drawn[0], names[0], 'the bars follow the same order');
    const whatsapp = await page.locator('#anggaran-kecamatan a[href*="wa.me"]').getAttribute('href');
    assert.match(decodeURIComponent(whatsapp ?? ''), /\/statistik\?urut-kecamatan=nama#anggaran-kecamatan/);
    assert.deepEqual(pageErrors, []);
    await page.context().close();
  });

  it('shows an empty state in every chart for a filter that leaves no project', async () => {
    const { page, pageErrors } = await openPage(suite.browser);
    await page.goto(`${baseUrl()}/statistik?q=tidak-ada-paket-seperti-ini`);
    await page.locator('[data-figure="paket"] data').waitFor();
    assert.equal(await figureValue(page, 'paket'), 0);
    assert.equal(await page.locator('.chart-card__empty').count(), CHART_IDS.length);
    assert.equal(await page.locator('svg.recharts-surface').count(), 0);
    assert.doesNotMatch((await page.locator('main').textContent()) ?? '', /NaN|Infinity/);
    assert.deepEqual(pageErrors, []);
    await page.context().close();
  });

  it('downloads a chart as PNG, also at a social media size, and its data as CSV with source and date', async () => {
    const { page, pageErrors } = await openPage(suite.browser, { acceptDownloads: true });
    await page.goto(`${baseUrl()}/statistik`);
    // A chart nobody scrolled to is drawn on demand for its image. (The button is found in the
    // DOM and clicked by script, so Playwright's own scrolling does not draw the chart first.)
    const far = page.locator('figure[data-chart="paket-terlambat"]');
    await far.waitFor({ state: 'attached' });
    assert.equal(await far.locator('.chart-card__chart').getAttribute('data-drawn'), 'false');
    const [unseenFile] = await Promise.all([
      page.waitForEvent('download'),
      far.getByRole('button', { name: 'Unduh PNG' }).dispatchEvent('click'),
    ]);
    const unseen = readFileSync(await unseenFile.path());
    assert.deepEqual(unseen.subarray(0, 8), PNG_SIGNATURE);
    assert.match(unseenFile.suggestedFilename(), /^pantaubangun-paket-terlambat\.png$/);

    const card = page.locator('figure[data-chart="anggaran-bidang"]');
    await card.scrollIntoViewIfNeeded();
    await card.locator('svg.recharts-surface').first().waitFor({ timeout: 15_000 });

    const standard = await download(page, card.getByRole('button', { name: 'Unduh PNG' }));
    assert.deepEqual(standard.bytes.subarray(0, 8), PNG_SIGNATURE);
    assert.match(standard.file.suggestedFilename(), /^pantaubangun-anggaran-bidang\.png$/);

    await card.getByLabel('Ukuran gambar').selectOption({ label: 'X/Twitter 1200×675' });
    const social = await download(page, card.getByRole('button', { name: 'Unduh PNG' }));
    assert.deepEqual(social.bytes.subarray(0, 8), PNG_SIGNATURE);
    assert.equal(social.bytes.subarray(12, 16).toString('ascii'), 'IHDR');
    assert.equal(social.bytes.readUInt32BE(16), 1200);
    assert.equal(social.bytes.readUInt32BE(20), 675);

    const csv = (await download(page, card.getByRole('button', { name: 'Unduh CSV' }))).bytes.toString(
      'utf8',
    );
    assert.match(csv, /^\uFEFFBidang;Jumlah paket;Pagu;/);
    // The /data convention: decimal commas, rounded as shown ("Porsi (%)" to one decimal).
    const shares = csv
      .split('\r\n')
      .slice(1)
      .map((line) => line.split(';')[3])
      .filter((cell) => cell && /\d/.test(cell));
    assert.ok(shares.length > 0);
    for (const share of shares) assert.match(share!, /^\d+(,\d)?$/, `share cell ${share}`);
    assert.ok(csv.includes(`Sumber: ${raw.publisher.name}`), 'CSV names its source');
    assert.ok(csv.includes('Data per 29 Desember 2023'), 'CSV carries its as-of date');
    assert.deepEqual(pageErrors, []);
    await page.context().close();
  });
});
