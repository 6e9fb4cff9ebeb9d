import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { kurvaSSeries } from '../../src/domain/aggregate/kurva-s';
import { DataError } from '../../src/domain/dataset/data-error';
import { roundGeometry } from '../../src/domain/geo/simplify';
import {
  decodeProjectFile,
  encodeProjectFile,
  projectFileName,
  type ProjectFile,
} from '../../src/domain/publish/project-file';
import { publishDataset } from '../../src/domain/publish/publish';
import { decodeCurve, decodeSeries, encodeCurve, encodeSeries } from '../../src/domain/publish/series-file';
import { makePackage, makeProject } from '../fixtures/oc4ids-builders';
import { FIXTURE_PACKAGES, readFixture } from '../fixtures/read-fixture-packages';

const SOURCE = 'https://data.contoh.invalid/paket.json';
const overTheWire = (file: unknown): unknown => JSON.parse(JSON.stringify(file));

describe.each(FIXTURE_PACKAGES)('the files published for the %s package', (_name, pkg) => {
  const dataset = readFixture(pkg);
  const { meta } = publishDataset(dataset);

  it('kurva-s.json gives back every curve', () => {
    const series = kurvaSSeries(dataset.projects, dataset.meta.asOf);
    expect(series.curves.size).toBeGreaterThan(0);
    const read = decodeSeries(overTheWire(encodeSeries(series)));
    expect({ ...read, curves: undefined }).toEqual({ ...series, curves: undefined });
    expect([...read.curves.keys()]).toEqual([...series.curves.keys()]);
    expect(read.curves.size).toBe(series.curves.size);
    for (const id of series.curves.keys()) expect(read.curves.get(id), id).toEqual(series.curves.get(id));
    expect(read.curves.get('tidak-ada')).toBeUndefined();
  });

  it('each project file gives back the project, its geometry rounded', () => {
    for (const detail of dataset.projects) {
      const read = decodeProjectFile(overTheWire(encodeProjectFile(meta, detail)), SOURCE);
      const expected = { ...detail, geometry: detail.geometry && roundGeometry(detail.geometry) };
      expect(read.project, detail.id).toEqual(expected);
      expect(read.meta).toEqual({ ...meta, sourceUrl: SOURCE });
    }
  });
});

// Curves of five weeks, in hundredths of a point as kurvaSSeries makes them.
describe('encodeCurve / decodeCurve', () => {
  const roundTrip = (values: number[]) => decodeCurve(encodeCurve(values), values.length);

  it.each([
    ['all zeros', [0, 0, 0, 0, 0], []],
    ['a constant tail', [0, 0, 12.5, 40, 40], [2, 1250, 4000]],
    ['a value from the first week', [3.25, 3.25, 3.25, 3.25, 3.25], [0, 325]],
    ['one value in the last week', [0, 0, 0, 0, 100], [4, 10000]],
    ['a dip back to zero', [0, 5, 0, 0, 7], [1, 500, 0, 0, 700]],
  ])('%s', (_what, values, code) => {
    expect(encodeCurve(values)).toEqual(code);
    expect(roundTrip(values)).toEqual(values);
  });

  it('gives back any curve of hundredths', () => {
    const curve = fc.array(
      fc.integer({ min: 0, max: 10_000 }).map((n) => n / 100),
      { maxLength: 60 },
    );
    fc.assert(
      fc.property(curve, (values) => {
        expect(roundTrip(values)).toEqual(values);
      }),
    );
  });

  it.each([
    ['values past the last date', [3, 100, 200, 300], 5],
    ['a first week past the last date', [5, 100], 5],
    ['a first week without values', [0], 5],
    ['a negative first week', [-1, 100], 5],
  ])('refuses %s', (_what, code, length) => {
    expect(decodeCurve(code, length)).toBeUndefined();
  });

  it('makes kurva-s.json refuse, before expanding any curve, exactly the codes decodeCurve refuses', () => {
    const series = kurvaSSeries(readFixture(FIXTURE_PACKAGES[0][1]).projects, '2023-12-29');
    const file = overTheWire(encodeSeries(series)) as ReturnType<typeof encodeSeries>;
    const weeks = file.dates.length;
    const code = fc.oneof(
      fc.constant([] as number[]),
      fc.array(fc.integer({ min: -2, max: weeks + 2 }), { minLength: 1, maxLength: weeks + 3 }),
    );
    fc.assert(
      fc.property(
        code,
        fc.constantFrom('planned', 'actual', 'financial') as fc.Arbitrary<'planned'>,
        (c, kind) => {
          const broken = structuredClone(file);
          broken[kind][1] = c;
          const accepted = decodeCurve(c, weeks) !== undefined;
          if (accepted)
            expect(decodeSeries(broken).curves.get(file.ids[1]!)![kind]).toEqual(decodeCurve(c, weeks));
          else expect(() => decodeSeries(broken)).toThrow(/kurva-s\.json: kurva 1/);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('makes kurva-s.json refused whole when a curve overruns its dates', () => {
    const series = kurvaSSeries(readFixture(FIXTURE_PACKAGES[0][1]).projects, '2023-12-29');
    const file = overTheWire(encodeSeries(series)) as ReturnType<typeof encodeSeries>;
    file.planned[0] = [file.dates.length - 1, 100, 200];
    expect(() => decodeSeries(file)).toThrow(/kurva-s\.json: kurva 0/);
  });
});

// An absurd payment (the hostile package writes 1e308 elsewhere) would overflow a curve to
// Infinity, which JSON writes as null: kurva-s.json would be refused whole, and every filtered
// programme kurva S fail, in both modes. The payment is left out instead.
it('one absurd payment does not make kurva-s.json unreadable', () => {
  const absurd = makeProject({
    metrics: [
      {
        id: 'financialProgress',
        observations: [{ id: '1', measure: 1e308, period: { endDate: '2023-07-01T00:00:00Z' } }],
      },
    ],
  });
  const { series } = publishDataset(readFixture(makePackage([absurd, makeProject({ id: 'biasa' })])));
  expect(() => decodeSeries(overTheWire(series))).not.toThrow();
});

describe('project files', () => {
  const dataset = readFixture(FIXTURE_PACKAGES[0][1]);
  const { meta } = publishDataset(dataset);
  const detail = dataset.projects.find((p) => p.documents.length > 0)!;
  const file = () => overTheWire(encodeProjectFile(meta, detail)) as ProjectFile;

  it.each(['javascript:alert(1)', 'JaVaScRiPt:alert(1)', ' javascript:alert(1)', 'data:text/html,x'])(
    'drop a document URL %j written into the file, marking it unsafe',
    (url) => {
      const json = file();
      json.detail.documents = [
        { id: 'd', title: 'Dokumen', url },
        { id: 'ok', title: 'Ok', url: 'https://contoh.invalid/a.pdf' },
      ];
      const [bad, good] = decodeProjectFile(json, SOURCE).project.documents;
      expect(bad).toMatchObject({ id: 'd', unsafeUrl: true });
      expect(bad!.url).toBeUndefined();
      expect(good).toMatchObject({ url: 'https://contoh.invalid/a.pdf' });
      expect(good!.unsafeUrl).toBeUndefined();
    },
  );

  it.each<[string, () => unknown, RegExp]>([
    ['null', () => null, /format/],
    ['an index instead', () => file().index, /format/],
    ['a later version', () => ({ ...file(), version: 2 }), /format/],
    [
      'an index of two rows',
      () => {
        const json = file();
        const two = publishDataset({ ...dataset, projects: dataset.projects.slice(0, 2) }).index;
        return { ...json, index: overTheWire(two) };
      },
      /index\/detail/,
    ],
    ['no detail', () => ({ ...file(), detail: 'rincian' }), /index\/detail/],
    [
      'documents that are not a list',
      () => {
        const json = file();
        Object.assign(json.detail, { documents: {} });
        return json;
      },
      /documents/,
    ],
    [
      'a broken row',
      () => {
        const json = file();
        json.index.columns.status = [99];
        return json;
      },
      /status\[0\]/,
    ],
  ])('refuse %s', (_what, json, where) => {
    let error: unknown;
    try {
      decodeProjectFile(json(), SOURCE);
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(DataError);
    expect((error as DataError).kind).toBe('not-an-index');
    expect((error as DataError).detail).toMatch(where);
  });
});

describe('projectFileName', () => {
  it.each(['oc4ids-test-0001', '7', 'jalan.babelan_2023', 'a'.repeat(100)])('keeps the clean id %j', (id) => {
    expect(projectFileName(id)).toBe(`${id}.json`);
  });

  it.each([
    'Jalan-A',
    'a/b',
    '../../etc/passwd',
    'a..b',
    '.hidden',
    'a.',
    'jalan babelan',
    'jalan-é',
    'ruas-\u202E',
    '',
    'a'.repeat(101),
    // "~" starts only hashed names: a clean id can never take one.
    '~abc',
  ])('hashes %j', (id) => {
    expect(projectFileName(id)).toMatch(/^~[0-9a-z]+\.json$/);
  });

  it('never names a path outside the folder', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 120 }), (id) => {
        const name = projectFileName(id);
        expect(name).not.toMatch(/[/\\]|\.\.|^\.|[^\x21-\x7e]/);
        expect(name).toMatch(/\.json$/);
      }),
      { numRuns: 2000 },
    );
  });

  it('gives 10,000 different ids 10,000 different names', () => {
    // Near misses (case, spaces, slashes: hashed beside their clean twins) and random text.
    const ids = new Set<string>();
    for (let i = 0; i < 1_000; i++)
      for (const id of [`proyek-${i}`, `Proyek-${i}`, `PROYEK ${i}`, `${i}`, `proyek/${i}`]) ids.add(id);
    const random = fc.sample(fc.string({ unit: 'binary', minLength: 1, maxLength: 40 }), {
      numRuns: 8_000,
      seed: 42,
    });
    for (const id of random) if (ids.size < 10_000) ids.add(id);
    expect(ids.size).toBe(10_000);
    const owners = new Map<string, string>();
    const shared: string[] = [];
    for (const id of ids) {
      const name = projectFileName(id);
      const owner = owners.get(name);
      if (owner !== undefined) shared.push(`${name}: ${JSON.stringify(owner)} ${JSON.stringify(id)}`);
      owners.set(name, id);
    }
    expect(shared).toEqual([]);
  });
});
