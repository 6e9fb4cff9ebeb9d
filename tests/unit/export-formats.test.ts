import { readFileSync } from 'node:fs';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { readPackage } from '../../src/domain/dataset/read-package';
import { applyFilters } from '../../src/domain/filters/filters';
import { sumBy } from '../../src/domain/aggregate/sum';
import { buildPackage, packageOptionsFrom } from '../../src/domain/export/oc4ids-package';
import { projectRows } from '../../src/domain/export/project-columns';
import { toCsv } from '../../src/domain/export/csv';
import { toGeoJson } from '../../src/domain/export/geojson';
import { xlsxColumnWidths, xlsxSheet } from '../../src/domain/export/xlsx-sheet';
import type { Cell } from '../../src/domain/spreadsheet/cell';
import writeXlsxFile from 'write-excel-file/node';
import { readSheet } from 'read-excel-file/node';
import { exportFileName } from '../../src/domain/export/file-names';
import { importTable } from '../../src/domain/spreadsheet/import-table';
import { detectDelimiter } from '../../src/domain/spreadsheet/decode';
import { BIDANG_LABELS, CATEGORY_LABELS, STATUS_LABELS } from '../../src/components/labels/domain-labels';
import type { Project, ProjectDetail } from '../../src/domain/project/types';
import { SIGNALS } from '../../src/domain/integrity/signals';

const SCHEMA_DIR = 'tests/fixtures/oc4ids-schema';
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
ajv.addSchema(JSON.parse(readFileSync(`${SCHEMA_DIR}/project-schema.json`, 'utf8')) as object);
const validatePackage = ajv.compile(
  JSON.parse(readFileSync(`${SCHEMA_DIR}/project-package-schema.json`, 'utf8')) as object,
);

const sample = readPackage(JSON.parse(readFileSync('mocks/data/sample-package.json', 'utf8')), {
  sourceUrl: 'https://pantaubangun.example/data/paket-sdabmbk-2023.json',
  fallbackAsOf: '2000-01-01',
});
const reread = (pkg: unknown) =>
  readPackage(JSON.parse(JSON.stringify(pkg)), { sourceUrl: 'x', fallbackAsOf: '2000-01-01' });
const LABELS = {
  category: (c: Project['category']) => CATEGORY_LABELS.id[c],
  bidang: (b: Project['bidang']) => BIDANG_LABELS.id[b],
  status: (s: Project['status']) => STATUS_LABELS.id[s],
};
/** A downloaded table read by the import: no errors, and the sample's own totals. */
function importedBack(table: readonly (readonly unknown[])[]) {
  const result = importTable(table as Cell[][], { asOf: sample.meta.asOf, idPrefix: 'x' });
  expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
  const back = reread(
    buildPackage(
      result.valid.map((r) => r.record),
      { ...packageOptionsFrom(sample.meta) },
    ),
  );
  expect(totals(back.projects)).toEqual(totals(sample.projects));
  return back;
}

const totals = (projects: readonly Project[]) => ({
  count: projects.length,
  pagu: sumBy(projects, (p) => p.pagu),
  hps: sumBy(projects, (p) => p.hps),
  contract: sumBy(projects, (p) => p.contractValue),
  kritis: projects.filter((p) => p.progress.kritis?.kritis).length,
  late: projects.filter((p) => p.progress.late).length,
});

describe('OC4IDS package download', () => {
  it('validates against the official OC4IDS 0.9 schema, whole and filtered', () => {
    const whole = buildPackage(sample.projects, packageOptionsFrom(sample.meta));
    expect(validatePackage(whole), JSON.stringify(validatePackage.errors?.slice(0, 3))).toBe(true);
    const filter = { kecamatan: 'babelan' };
    const some = buildPackage(applyFilters(sample.projects, filter), packageOptionsFrom(sample.meta, filter));
    expect(validatePackage(some), JSON.stringify(validatePackage.errors?.slice(0, 3))).toBe(true);
    expect(some.x_filter).toEqual(filter);
  });

  it('loads back into the dashboard with the same projects, figures and sample label', () => {
    const back = reread(buildPackage(sample.projects, packageOptionsFrom(sample.meta)));
    expect(back.rejected).toEqual([]);
    expect(back.meta.isSample).toBe(true);
    expect(back.meta.asOf).toBe(sample.meta.asOf);
    expect(totals(back.projects)).toEqual(totals(sample.projects));
    const strip = ({ regionSource: _r, documents, ...rest }: ProjectDetail) => ({
      ...rest,
      documents: [...documents].sort((a, b) => a.id.localeCompare(b.id) || a.title.localeCompare(b.title)),
    });
    expect(back.projects.map(strip)).toEqual(sample.projects.map(strip));
  });
});

describe('CSV download', () => {
  const csv = toCsv(projectRows(sample.projects, LABELS).header, projectRows(sample.projects, LABELS).rows);

  it('is UTF-8 with BOM, ";"-separated, one row per project, with Indonesian headers', () => {
    expect(csv.startsWith('\uFEFFKode paket;Nama paket;Kategori;')).toBe(true);
    const rows = Papa.parse<string[]>(csv.slice(1), { delimiter: ';', skipEmptyLines: true }).data;
    expect(rows).toHaveLength(sample.projects.length + 1);
    expect(new Set(rows.map((r) => r.length)).size).toBe(1);
    const pagu = rows[0]!.indexOf('Pagu (Rp)');
    expect(rows.slice(1).every((r) => r[pagu] === '' || /^\d+(,\d+)?$/.test(r[pagu]!))).toBe(true);
    const start = rows[0]!.indexOf('Tanggal mulai');
    expect(rows.slice(1).every((r) => r[start] === '' || /^\d{4}-\d{2}-\d{2}$/.test(r[start]!))).toBe(true);
    // Indikasi kritis is never blank: Ya, Tidak, or "tidak dapat dinilai" with its reason.
    const kritis = rows[0]!.indexOf('Indikasi kritis');
    const verdicts = rows.slice(1).map((r) => r[kritis]!);
    expect(verdicts.every((v) => /^(Ya|Tidak|tidak dapat dinilai: .+)$/.test(v))).toBe(true);
    expect(verdicts.filter((v) => v === 'Ya')).toHaveLength(
      sample.projects.filter((p) => p.progress.kritis?.kritis).length,
    );
    expect(verdicts).toContain('tidak dapat dinilai: kontrak tidak sedang berjalan');
  });

  it('round-trips through the import with the same totals, statuses and places', () => {
    const table = Papa.parse<string[]>(csv.slice(1), {
      delimiter: detectDelimiter(csv),
      skipEmptyLines: true,
    }).data;
    const back = importedBack(table);
    expect(back.projects.map((p) => [p.id, p.status, p.category, p.bidang, p.kecamatan?.code])).toEqual(
      sample.projects.map((p) => [p.id, p.status, p.category, p.bidang, p.kecamatan?.code]),
    );
  });
});

describe('XLSX download', () => {
  it('holds the CSV’s rows with real numbers, text never run, and imports back to the same figures', async () => {
    const { header, rows } = projectRows(sample.projects as ProjectDetail[], LABELS);
    const hostile = [...rows, rows[0]!.map((v, i) => (i === 1 ? '=HYPERLINK("http://x")' : v))];
    const buffer = await writeXlsxFile(xlsxSheet(header, hostile), {
      columns: xlsxColumnWidths(header, hostile).map((width) => ({ width })),
    }).toBuffer();
    const table = (await readSheet(buffer)) as Cell[][];
    expect(table[0]).toEqual(header);
    expect(table).toHaveLength(hostile.length + 1);
    const paguColumn = header.indexOf('Pagu (Rp)');
    expect(paguColumn).toBeGreaterThan(0);
    expect(typeof table[1]![paguColumn]).toBe('number');
    expect(table.at(-1)![1]).toBe('=HYPERLINK("http://x")');

    importedBack(table.slice(0, -1));
  });
});

describe('GeoJSON download', () => {
  it('is a FeatureCollection of the drawable geometries with flat properties', () => {
    const geo = toGeoJson(sample.projects, sample.meta);
    const drawable = sample.projects.filter((p) => p.geometry);
    expect(geo.type).toBe('FeatureCollection');
    expect(geo.features).toHaveLength(drawable.length);
    expect(geo.x_tanpa_geometri).toBe(sample.projects.length - drawable.length);
    expect(geo.x_data_contoh).toBe(true);
    for (const feature of geo.features) {
      expect(['Point', 'LineString', 'MultiLineString', 'Polygon', 'MultiPolygon']).toContain(
        feature.geometry.type,
      );
      expect(Object.values(feature.properties).every((v) => v === null || typeof v !== 'object')).toBe(true);
    }
  });
});

describe('GeoJSON keeps the published shapes', () => {
  it('roads and rivers stay lines, vertex for vertex, and the signals that hold are named', () => {
    const geo = toGeoJson(sample.projects, sample.meta);
    const byId = new Map(sample.projects.map((p) => [p.id, p]));
    const lines = geo.features.filter((f) => ['jalan', 'normalisasi'].includes(f.properties.kategori));
    expect(lines.length).toBeGreaterThan(20);
    for (const feature of lines) {
      expect(feature.geometry.type).toMatch(/LineString$/);
      expect(feature.geometry).toEqual(byId.get(feature.id)!.geometry);
    }
    const flagged = geo.features.filter((f) => f.properties.tanda);
    expect(flagged.length).toBeGreaterThan(0);
    for (const f of flagged) expect(f.properties.tanda).toMatch(/^[a-z-]+(,[a-z-]+)*$/);
  });
});

describe('CSV signal columns', () => {
  it('carry one column per signal, never blank, "ya" exactly where the signal holds', () => {
    const { header, rows } = projectRows(sample.projects, LABELS);
    for (const slug of SIGNALS) {
      const column = header.indexOf(`Tanda ${slug}`);
      expect(column, slug).toBeGreaterThan(0);
      const cells = rows.map((row) => row[column]);
      expect(new Set(cells).size).toBeLessThanOrEqual(3);
      cells.forEach((cell) => expect(['ya', 'tidak', 'tidak dapat dinilai']).toContain(cell));
      expect(cells.filter((c) => c === 'ya')).toHaveLength(
        applyFilters(sample.projects, { tanda: slug }).length,
      );
    }
  });
});

describe('file names say what they hold', () => {
  it('includes the as-of date and the filter', () => {
    expect(exportFileName('2023-12-29', {}, 'csv')).toBe('pantaubangun-2023-12-29-semua.csv');
    expect(exportFileName('2023-12-29', {}, 'csv', true)).toBe('pantaubangun-contoh-2023-12-29-semua.csv');
    expect(exportFileName('2023-12-29', { kecamatan: 'babelan', status: 'kritis' }, 'geojson')).toBe(
      'pantaubangun-2023-12-29-kecamatan-babelan-status-kritis.geojson',
    );
  });
});
