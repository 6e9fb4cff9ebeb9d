// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DataError } from '../../src/domain/dataset/data-error';
import { readPackage } from '../../src/domain/dataset/read-package';
import { indexBoundaries, readBoundaryCollection } from '../../src/domain/geo/boundaries';
import { makePackage, makeProject } from '../fixtures/oc4ids-builders';

const boundaries = indexBoundaries(
  readBoundaryCollection(JSON.parse(readFileSync('public/geo/kecamatan.geojson', 'utf8')))!,
);
const options = { boundaries, sourceUrl: 'https://contoh.invalid/paket.json', fallbackAsOf: '2024-01-01' };
const read = (projects: unknown[], extra: Record<string, unknown> = {}) =>
  readPackage(makePackage(projects, extra), options);

describe('readPackage', () => {
  it('judges a package without publishedDate at its newest record, not at the day it is read', () => {
    const { projects, meta } = read([makeProject()], { publishedDate: undefined });
    expect(meta).toMatchObject({ asOf: '2023-08-01', asOfSource: 'latest-record' });
    expect(meta.publishedDate).toBeUndefined();
    // Plan 50 and actual 45 on 1 Aug: the same figures whichever day the package is read.
    expect(projects[0]!.progress).toMatchObject({ reportDate: '2023-08-01', planned: 50, actual: 45 });
    expect(
      readPackage(makePackage([makeProject()], { publishedDate: undefined }), {
        ...options,
        fallbackAsOf: '2030-05-05',
      }).meta.asOf,
    ).toBe('2023-08-01');
  });

  it('maps a project to the view model', () => {
    const { projects, meta } = read([makeProject()]);
    const project = projects[0]!;
    expect(meta.asOf).toBe('2023-08-15');
    expect(meta.isSample).toBe(false);
    expect(project).toMatchObject({
      title: 'Rekonstruksi Jalan Contoh Ruas A',
      category: 'jalan',
      bidang: 'bm-pemeliharaan',
      status: 'pelaksanaan',
      pagu: 1_000_000_000,
      hps: 980_000_000,
      contractValue: 900_000_000,
      contractor: 'CV Contoh Uji (fiktif)',
      procurementMethod: 'Tender',
      contractStart: '2023-06-01',
      contractEnd: '2023-10-28',
      durationDays: 150,
      regionSource: 'geometry',
      fundingSources: [{ name: 'APBD', amount: 1_000_000_000 }],
    });
    expect(project.kecamatan?.name).toBe('Cikarang Utara');
    expect(project.financialProgress[0]).toEqual({ date: '2023-07-01', amount: 270_000_000, percent: 30 });
    expect(project.progress).toMatchObject({
      reportDate: '2023-08-01',
      actual: 45,
      planned: 50,
      deviation: -5,
    });
  });

  it('takes kecamatan and desa from a Kemendagri gazetteer code before the geometry', () => {
    const project = makeProject({
      locations: [
        {
          geometry: { type: 'Point', coordinates: [107.155, -6.27] },
          gazetteer: { scheme: 'ID-KEMENDAGRI', identifiers: ['32.16.02.1006'] },
        },
      ],
    });
    const mapped = read([project]).projects[0]!;
    expect(mapped.regionSource).toBe('gazetteer');
    expect(mapped.kecamatan?.name).toBe('Babelan');
    expect(mapped.desa?.code).toBe('32.16.02.1006');
  });

  it('falls back to the address when there is neither code nor geometry', () => {
    const project = makeProject({ locations: [{ address: { region: 'Kecamatan Muara Gembong' } }] });
    const mapped = read([project]).projects[0]!;
    expect(mapped.kecamatan?.name).toBe('Muaragembong');
    expect(mapped.regionSource).toBe('address');
    expect(mapped.geometry).toBeUndefined();
  });

  it('flags latitude-first coordinates instead of drawing them in the sea', () => {
    const project = makeProject({
      locations: [{ geometry: { type: 'Point', coordinates: [-6.27, 107.155] } }],
    });
    const mapped = read([project]).projects[0]!;
    expect(mapped.geometry).toBeUndefined();
    expect(mapped.locationIssue).toBe('lat-lng-swapped');
  });

  it('flags coordinates outside the regency', () => {
    const project = makeProject({ locations: [{ geometry: { type: 'Point', coordinates: [110.4, -7.0] } }] });
    expect(read([project]).projects[0]!.locationIssue).toBe('outside-region');
  });

  it('drops javascript: and data: document links but keeps the document', () => {
    const project = makeProject({
      documents: [
        { id: 'a', title: 'Kontrak', url: 'javascript:alert(1)' },
        { id: 'b', title: 'Foto', url: 'data:text/html,<script>alert(1)</script>' },
        { id: 'c', title: 'Laporan', url: 'https://contoh.invalid/laporan.pdf' },
      ],
    });
    const docs = read([project]).projects[0]!.documents;
    expect(docs.map((d) => d.url)).toEqual([undefined, undefined, 'https://contoh.invalid/laporan.pdf']);
    expect(docs.map((d) => d.unsafeUrl)).toEqual([true, true, undefined]);
  });

  it('keeps valid projects and names the invalid and duplicate ones', () => {
    const dataset = read([
      makeProject(),
      { title: 'Tanpa id' },
      makeProject({ id: 'oc4ids-test-0002', budget: 'banyak' }),
      makeProject(),
    ]);
    expect(dataset.projects.map((p) => p.id)).toEqual(['oc4ids-test-0001']);
    expect(dataset.rejected.map((r) => [r.index, r.id, r.title])).toEqual([
      [1, undefined, 'Tanpa id'],
      [2, 'oc4ids-test-0002', 'Rekonstruksi Jalan Contoh Ruas A'],
      [3, 'oc4ids-test-0001', 'Rekonstruksi Jalan Contoh Ruas A'],
    ]);
    expect(dataset.rejected[1]!.reasons[0]).toMatch(/^budget/);
  });

  it('says honestly when a project has no progress data', () => {
    const project = makeProject({ forecasts: undefined, metrics: undefined });
    const progress = read([project]).projects[0]!.progress;
    expect(progress.hasProgressData).toBe(false);
    expect(progress.kritis).toBeUndefined();
  });

  it('sorts out-of-order observations and skips unreadable ones', () => {
    const project = makeProject({
      metrics: [
        {
          id: 'physicalProgress',
          observations: [
            { measure: '40', period: { endDate: '2023-08-01T00:00:00Z' } },
            { measure: 'n/a', period: { endDate: '2023-07-15T00:00:00Z' } },
            { measure: 10, period: { endDate: '2023-07-01T00:00:00Z' } },
            { measure: 20 },
          ],
        },
      ],
    });
    expect(read([project]).projects[0]!.actualProgress).toEqual([
      { date: '2023-07-01', value: 10 },
      { date: '2023-08-01', value: 40 },
    ]);
  });

  it('reads the sample flag', () => {
    expect(read([], { x_sample: true }).meta.isSample).toBe(true);
  });

  it('rejects what is not a package', () => {
    expect(() => readPackage({ projects: 'none' }, options)).toThrow(DataError);
    expect(() => readPackage([1, 2], options)).toThrow(DataError);
    expect(() => readPackage(null, options)).toThrow(DataError);
  });

  it('shows the official OC4IDS example (a UK project, written lat-first) without drawing it', () => {
    const example = JSON.parse(readFileSync('tests/fixtures/oc4ids-example.json', 'utf8'));
    const dataset = readPackage(example, options);
    expect(dataset.projects).toHaveLength(1);
    expect(dataset.projects[0]!.locationIssue).toBe('outside-region');
    expect(dataset.projects[0]!.kecamatan).toBeUndefined();
  });
});
