import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import type { Download, Page } from 'playwright-core';
import { readSheet } from 'read-excel-file/node';
import { readPackage } from '../../../src/domain/dataset/read-package';
import { applyFilters } from '../../../src/domain/filters/filters';
import { BROKEN_CELLS, VALID_IDS } from '../../fixtures/spreadsheets/mixed-rows';
import { projectCountValue } from '../support/app-page';
import { openPage } from '../support/browser';
import { baseUrl, readBuiltJson, SAMPLE_DATA_PATH } from '../support/env';
import { useBrowser } from '../support/suite';

const SCHEMA_DIR = 'tests/fixtures/oc4ids-schema';
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
ajv.addSchema(JSON.parse(readFileSync(`${SCHEMA_DIR}/project-schema.json`, 'utf8')) as object);
const validatePackage = ajv.compile(
  JSON.parse(readFileSync(`${SCHEMA_DIR}/project-package-schema.json`, 'utf8')) as object,
);

const published = readPackage(readBuiltJson(SAMPLE_DATA_PATH), {
  sourceUrl: 'x',
  fallbackAsOf: '2000-01-01',
});
const FILTER = { kategori: 'jembatan' } as const;
const filtered = applyFilters(published.projects, FILTER);

async function download(page: Page, testId: string): Promise<{ download: Download; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  const path = await file.path();
  return { download: file, text: readFileSync(path, 'utf8') };
}

describe('/data downloads in Chromium', () => {
  const suite = useBrowser();

  it('downloads the current filter as CSV, XLSX, GeoJSON and a valid OC4IDS package', async () => {
    assert.ok(filtered.length > 0 && filtered.length < published.projects.length);
    const { page, pageErrors } = await openPage(suite.browser, { acceptDownloads: true });
    await page.goto(`${baseUrl()}/data?kategori=${FILTER.kategori}`);
    await page.getByTestId('jumlah-saringan').waitFor({ timeout: 15_000 });

    const csv = await download(page, 'unduh-saringan-csv');
    assert.match(csv.download.suggestedFilename(), /kategori-jembatan\.csv$/);
    const bytes = readFileSync(await csv.download.path());
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 BOM');
    const lines = csv.text
      .replace(/^\uFEFF/, '')
      .split('\r\n')
      .filter(Boolean);
    assert.match(lines[0]!, /^Kode paket;Nama paket;Kategori;/);
    assert.equal(lines.length - 1, filtered.length, 'one row per filtered project');
    // A project's row is the same in every download: its integrity signals are judged against the
    // whole package, not against the filter it was downloaded with.
    const allRows = new Set((await download(page, 'unduh-semua-csv')).text.split('\r\n'));
    for (const line of lines.slice(1))
      assert.ok(allRows.has(line), `the same row in both: ${line.slice(0, 40)}`);

    const [xlsx] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('unduh-saringan-xlsx').click(),
    ]);
    assert.match(xlsx.suggestedFilename(), /contoh.*kategori-jembatan\.xlsx$/);
    const sheet = await readSheet(readFileSync(await xlsx.path()));
    assert.deepEqual(sheet[0], lines[0]!.split(';'), 'the CSV’s columns');
    assert.equal(sheet.length - 1, filtered.length, 'one row per filtered project');
    const pagu = (sheet[0] as string[]).indexOf('Pagu (Rp)');
    assert.deepEqual(
      sheet.slice(1).map((row) => row[pagu]),
      filtered.map((p) => p.pagu ?? null),
      'pagu as numbers, in the list’s order',
    );

    const geo = JSON.parse((await download(page, 'unduh-saringan-geojson')).text) as {
      type: string;
      features: { geometry: { type: string } }[];
    };
    assert.equal(geo.type, 'FeatureCollection');
    assert.equal(geo.features.length, filtered.filter((p) => p.geometry).length);

    const pkg = JSON.parse((await download(page, 'unduh-saringan-oc4ids')).text) as { projects: unknown[] };
    assert.equal(validatePackage(pkg), true, JSON.stringify(validatePackage.errors?.slice(0, 3)));
    assert.equal(pkg.projects.length, filtered.length);
    const back = readPackage(pkg, { sourceUrl: 'x', fallbackAsOf: '2000-01-01' });
    const sum = (ps: typeof filtered) => ps.reduce((s, p) => s + (p.pagu ?? 0), 0);
    assert.equal(sum(back.projects), sum(filtered), 'same pagu total');

    const all = JSON.parse((await download(page, 'unduh-semua-oc4ids')).text) as { projects: unknown[] };
    assert.equal(validatePackage(all), true);
    assert.equal(all.projects.length, published.projects.length);
    assert.deepEqual(pageErrors, []);
    await page.context().close();
  });
});

/** "sekitar 4,8 kB" → 4800 (decimal units, the Indonesian decimal comma). */
function shownBytes(text: string): number {
  const match = /([\d.,]+)\s*(B|kB|MB)/.exec(text);
  assert.ok(match, `a size in "${text}"`);
  const value = Number(match[1]!.replace(/\./g, '').replace(',', '.'));
  return value * { B: 1, kB: 1e3, MB: 1e6 }[match[2] as 'B' | 'kB' | 'MB'];
}

describe('/data file sizes in Chromium', () => {
  const suite = useBrowser();

  it('says what each file weighs before download, and each file weighs about that', async () => {
    const { page, pageErrors } = await openPage(suite.browser, { acceptDownloads: true });
    await page.goto(`${baseUrl()}/data?kategori=${FILTER.kategori}`);
    await page.getByTestId('ukuran-semua-csv').waitFor({ timeout: 15_000 });
    for (const scope of ['saringan', 'semua']) {
      for (const format of ['csv', 'xlsx', 'geojson', 'oc4ids']) {
        const shown = shownBytes(await page.getByTestId(`ukuran-${scope}-${format}`).innerText());
        const [file] = await Promise.all([
          page.waitForEvent('download'),
          page.getByTestId(`unduh-${scope}-${format}`).click(),
        ]);
        const actual = readFileSync(await file.path()).length;
        // Text files are sums of known parts (rounded as shown); an XLSX is compressed, so its
        // size is estimated from its CSV with the ratio measured when the data was published.
        const tolerance = format === 'xlsx' ? 0.2 : 0.05;
        assert.ok(
          Math.abs(shown - actual) <= actual * tolerance,
          `${scope} ${format}: shown ${shown} B, file ${actual} B`,
        );
      }
    }
    assert.deepEqual(pageErrors, []);
    await page.context().close();
  });
});

describe('/data/impor in Chromium', () => {
  const suite = useBrowser();

  for (const file of ['impor-campuran.csv', 'impor-campuran.xlsx']) {
    it(`reports every broken cell of ${file} by row and column`, async () => {
      const { page, pageErrors } = await openPage(suite.browser, { acceptDownloads: true });
      await page.goto(`${baseUrl()}/data/impor`);
      // The build's page shows the picker disabled until the script can read a file.
      const picker = page.getByTestId('import-file');
      await picker.and(page.locator(':enabled')).waitFor({ state: 'attached', timeout: 15_000 });
      await picker.setInputFiles(`tests/fixtures/spreadsheets/${file}`);
      const summary = page.getByTestId('import-summary');
      await summary.waitFor({ timeout: 15_000 });
      assert.match(
        (await summary.textContent()) ?? '',
        new RegExp(`^${VALID_IDS.length} baris sah, 8 baris bermasalah`),
      );
      for (const cell of BROKEN_CELLS) {
        const item = page.locator(
          `[data-testid="import-problems"] li[data-row="${cell.row}"][data-column="${cell.column}"][data-code="${cell.code}"]`,
        );
        assert.equal(await item.count(), 1, `${file}: ${cell.column}${cell.row} ${cell.code}`);
        assert.match(
          (await item.textContent()) ?? '',
          new RegExp(`Baris ${cell.row}, kolom ${cell.column} `),
        );
      }
      const pkg = JSON.parse((await download(page, 'import-download')).text) as {
        projects: { id: string }[];
      };
      assert.equal(validatePackage(pkg), true, JSON.stringify(validatePackage.errors?.slice(0, 3)));
      assert.deepEqual(
        pkg.projects.map((p) => p.id),
        VALID_IDS,
      );
      // The valid rows open in the dashboard at once, in this browser only, with a way back.
      await page.getByTestId('import-view').click();
      assert.equal(await projectCountValue(page), String(VALID_IDS.length));
      await page.getByTestId('local-data-notice').getByRole('button').click();
      await page.waitForFunction(
        (n) =>
          document.querySelector('[data-testid="project-count"] data')?.getAttribute('value') !== String(n),
        VALID_IDS.length,
      );
      assert.equal(await page.getByTestId('local-data-notice').count(), 0);
      assert.deepEqual(pageErrors, []);
      await page.context().close();
    });
  }
});
