import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { paramsOf, readParams, writeParams } from '../../src/lib/route-state/param-schema';
import {
  CONTRACTOR_PARAMS,
  DECK_PARAMS,
  FILTER_PARAMS,
  HOME_PARAMS,
  STATISTICS_PARAMS,
  linkParams,
} from '../../src/domain/route-state/param-names';
import { FILTER_SCHEMA } from '../../src/domain/route-state/filter-schema';
import { HOME_SCHEMA } from '../../src/domain/route-state/home-schema';
import { CONTRACTOR_SCHEMA } from '../../src/domain/route-state/contractor-schema';
import { STATISTICS_SCHEMA } from '../../src/domain/route-state/statistics-schema';
import { DECK_SCHEMA } from '../../src/domain/route-state/deck-schema';

const EVERY_NAME = [
  ...new Set([...FILTER_PARAMS, ...HOME_PARAMS, ...STATISTICS_PARAMS, ...CONTRACTOR_PARAMS, ...DECK_PARAMS]),
];

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('the route-state module', () => {
  it('has one codec per listed name, in the listed order, for every route', () => {
    expect(Object.keys(FILTER_SCHEMA)).toEqual([...FILTER_PARAMS]);
    expect(Object.keys(HOME_SCHEMA)).toEqual([...HOME_PARAMS]);
    expect(Object.keys(STATISTICS_SCHEMA)).toEqual([...STATISTICS_PARAMS]);
    expect(Object.keys(CONTRACTOR_SCHEMA)).toEqual([...CONTRACTOR_PARAMS]);
    expect(Object.keys(DECK_SCHEMA)).toEqual([...DECK_PARAMS]);
  });

  it('is the only place that spells a parameter name to read or write an address', () => {
    // A literal name handed to URLSearchParams, or used as a key of one, outside route-state.
    const names = EVERY_NAME.map((name) => name.replace('-', '\\-')).join('|');
    const literalUse = new RegExp(
      `\\.(?:get|getAll|set|has|delete|append)\\(\\s*'(?:${names})'|new URLSearchParams\\(\\{[^}]*\\b(?:${names})\\s*:`,
    );
    const root = resolve('src');
    const offenders = sourceFiles(root)
      .filter((file) => !file.includes(join('domain', 'route-state')))
      .filter((file) => literalUse.test(readFileSync(file, 'utf8')))
      .map((file) => relative(root, file));
    expect(offenders).toEqual([]);
  });

  it('catches a literal name when one is written (the check above can fail)', () => {
    const names = EVERY_NAME.join('|');
    expect(new RegExp(`\\.get\\(\\s*'(?:${names})'`).test("params.get('proyek')")).toBe(true);
  });

  it('writes back what it reads, for every route', () => {
    const cases = [
      [
        FILTER_SCHEMA,
        'kecamatan=tambun-selatan&kategori=jalan&status=kritis&sumber=apbd&tanda=satu-penawar&q=jembatan',
      ],
      [
        HOME_SCHEMA,
        'proyek=oc4ids-pb-2023-0001&peta=-6.25000%2C107.15000%2C12&warna=kategori&sebaran=anggaran&urut=deviasi-naik&tampil=daftar',
      ],
      [STATISTICS_SCHEMA, 'urut-kecamatan=nama'],
      [CONTRACTOR_SCHEMA, 'urut=penyedia&arah=naik'],
      [DECK_SCHEMA, 'slide=3&auto=15&slide-kecamatan=tambun-selatan%2Ccibitung&penyaji=1&cetak=1'],
    ] as const;
    for (const [schema, query] of cases) {
      const { values, ignored } = readParams(schema, new URLSearchParams(query));
      expect(ignored).toEqual([]);
      expect(paramsOf(schema, values).toString()).toBe(query);
    }
  });

  it('leaves other parameters alone, removes a parameter set to undefined, and omits a default', () => {
    const params = new URLSearchParams('utm_source=wa&urut-kecamatan=naik&peta=x');
    expect(writeParams(STATISTICS_SCHEMA, params, { 'urut-kecamatan': 'value-desc' }).toString()).toBe(
      'utm_source=wa&peta=x',
    );
    expect(writeParams(HOME_SCHEMA, params, { peta: undefined, tampil: 'daftar' }).toString()).toBe(
      'utm_source=wa&urut-kecamatan=naik&tampil=daftar',
    );
  });

  it('reports a value it does not understand, keeps the understood part of a list, and skips a blank search', () => {
    const read = readParams(
      FILTER_SCHEMA,
      new URLSearchParams('kategori=JALAN&tanda=satu-penawar,acak&q=%20&status=x'),
    );
    expect(read.values).toEqual({ kategori: 'jalan', tanda: 'satu-penawar' });
    expect(read.ignored).toEqual(['status', 'tanda']);
  });

  it('builds a link from named values, leaving out the empty ones', () => {
    expect(linkParams({ kecamatan: undefined, proyek: 'a b' }).toString()).toBe('proyek=a+b');
  });
});
