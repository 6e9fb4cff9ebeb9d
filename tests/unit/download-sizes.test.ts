import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDatasetTexts } from '../../src/domain/dataset/read-dataset-texts';
import { toCsv } from '../../src/domain/export/csv';
import { toGeoJson } from '../../src/domain/export/geojson';
import { buildPackage, packageOptionsFrom } from '../../src/domain/export/oc4ids-package';
import { projectRows } from '../../src/domain/export/project-columns';
import { formatFileSize } from '../../src/domain/format/file-size';
import {
  decodeDownloadSizes,
  estimateDownloadBytes,
  measureDownloadSizes,
} from '../../src/domain/publish/download-sizes';
import { SPREADSHEET_LABELS } from '../../src/features/data-io/utils/export-labels';

const { dataset } = readDatasetTexts({
  packageText: readFileSync('mocks/data/sample-package.json', 'utf8'),
  boundariesText: readFileSync('public/geo/kecamatan.geojson', 'utf8'),
  sourceUrl: 'paket.json',
  fallbackAsOf: '2023-12-29',
});
const { projects, meta } = dataset;
const bytes = (text: string) => new TextEncoder().encode(text).length;
const sizes = decodeDownloadSizes(
  JSON.parse(
    JSON.stringify(
      measureDownloadSizes(projects, meta, SPREADSHEET_LABELS, { empty: 5000, perCsvByte: 0.5 }),
    ),
  ),
)!;

describe('download sizes before download', () => {
  it('estimates each text file of any set of projects to within a few bytes of the file itself', () => {
    const sets = [projects, projects.filter((p) => p.category === 'jalan'), projects.slice(3, 4)];
    for (const set of sets) {
      const ids = set.map((p) => p.id);
      const { header, rows } = projectRows(set, SPREADSHEET_LABELS);
      const actual = {
        csv: bytes(toCsv(header, rows)),
        geojson: bytes(`${JSON.stringify(toGeoJson(set, meta))}\n`),
        oc4ids: bytes(`${JSON.stringify(buildPackage(set, packageOptionsFrom(meta)), null, 2)}\n`),
      };
      for (const format of ['csv', 'geojson', 'oc4ids'] as const) {
        const estimate = estimateDownloadBytes(sizes, ids, format)!;
        expect(Math.abs(estimate - actual[format]), `${format} of ${set.length}`).toBeLessThanOrEqual(
          Math.max(16, actual[format] * 0.002),
        );
      }
      expect(estimateDownloadBytes(sizes, ids, 'xlsx')).toBe(
        Math.round(5000 + (estimateDownloadBytes(sizes, ids, 'csv')! - sizes.empty.csv) * 0.5),
      );
    }
  });

  it('gives no size for a project it does not know, rather than a wrong one', () => {
    expect(estimateDownloadBytes(sizes, [projects[0]!.id, 'tidak-ada'], 'csv')).toBeUndefined();
    const withoutRatio = decodeDownloadSizes(
      JSON.parse(JSON.stringify(measureDownloadSizes(projects.slice(0, 2), meta, SPREADSHEET_LABELS))),
    )!;
    expect(estimateDownloadBytes(withoutRatio, [projects[0]!.id], 'xlsx')).toBeUndefined();
  });

  it('refuses a malformed sizes file as a whole', () => {
    const good = measureDownloadSizes(projects.slice(0, 3), meta, SPREADSHEET_LABELS, {
      empty: 5000,
      perCsvByte: 0.4,
    });
    expect(decodeDownloadSizes(good)).toBeDefined();
    for (const bad of [
      null,
      'unduhan',
      { ...good, version: 2 },
      { ...good, csv: good.csv.slice(1) },
      { ...good, geojson: [1, -5, 3] },
      { ...good, oc4ids: [1, '2', 3] },
      { ...good, empty: { csv: 1, geojson: 2 } },
      { ...good, ids: [1, 2, 3] },
    ])
      expect(decodeDownloadSizes(bad)).toBeUndefined();
    expect(decodeDownloadSizes({ ...good, xlsx: { empty: 'x', perCsvByte: 1 } })?.xlsx).toBeUndefined();
  });

  it('writes sizes as people read them, in both languages', () => {
    expect(formatFileSize(850)).toBe('850 B');
    expect(formatFileSize(48_400)).toBe('48 kB');
    expect(formatFileSize(4_840)).toBe('4,8 kB');
    expect(formatFileSize(1_234_567)).toBe('1,2 MB');
    expect(formatFileSize(1_234_567, 'en')).toBe('1.2 MB');
    expect(formatFileSize(23_400_000)).toBe('23 MB');
  });
});
