import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { kurvaSSeries, programmeKurvaS } from '../../src/domain/aggregate/kurva-s';
import { decodeIndexText } from '../../src/api/published-index';
import { DataError } from '../../src/domain/dataset/data-error';
import { CATEGORIES } from '../../src/domain/project/types';
import {
  decodeIndex,
  encodeIndex,
  INDEX_VERSION,
  type IndexContent,
  type IndexFile,
  type PublishedMeta,
} from '../../src/domain/publish/index-file';
import { listingOf } from '../../src/domain/publish/listing';
import { publishDataset } from '../../src/domain/publish/publish';
import { FIXTURE_PACKAGES, readFixture } from '../fixtures/read-fixture-packages';
import { indexRowArbitrary } from './publish-arbitraries';

const SOURCE = 'https://data.contoh.invalid/paket.json';

/** What crosses the network: the file as JSON text, read back. */
const overTheWire = (file: IndexFile): unknown => JSON.parse(JSON.stringify(file));

function contentOf(pkg: unknown): IndexContent {
  const { projects, rejected, meta } = readFixture(pkg);
  // The file does not say where it is served from: the reader adds that.
  const published = Object.fromEntries(
    Object.entries(meta).filter(([key]) => key !== 'sourceUrl'),
  ) as PublishedMeta;
  const rows = projects.map(listingOf);
  return {
    meta: published,
    rejected,
    projects: rows,
    kurvaS: programmeKurvaS(rows, kurvaSSeries(projects, meta.asOf)),
  };
}

describe.each(FIXTURE_PACKAGES)('index.json of the %s package', (_name, pkg) => {
  const content = contentOf(pkg);
  const read = decodeIndex(overTheWire(encodeIndex(content)), SOURCE);

  it('gives back every index row exactly (toEqual: an undefined key may be absent)', () => {
    expect(read.projects).toHaveLength(content.projects.length);
    // Row by row, so a failure names the project.
    content.projects.forEach((row, i) => expect(read.projects[i], row.id).toEqual(row));
  });

  it('gives back the meta (with where it was read from), the rejected list and the kurva S', () => {
    expect(read.meta).toEqual({ ...content.meta, sourceUrl: SOURCE });
    expect(read.rejected).toEqual(content.rejected);
    expect(read.kurvaS).toEqual(content.kurvaS);
  });

  it('reads the same in slices, from its text, as the page reads it', async () => {
    const text = JSON.stringify(encodeIndex(content));
    expect(await decodeIndexText(text, SOURCE)).toEqual(read);
  });

  it('is what publishDataset writes for the package', () => {
    expect(overTheWire(publishDataset(readFixture(pkg)).index)).toEqual(overTheWire(encodeIndex(content)));
  });
});

// Without these the rejected list above would round-trip nothing.
it('the hostile package keeps its rejected projects and its duplicate named', () => {
  const { rejected } = contentOf(FIXTURE_PACKAGES[1][1]);
  expect(rejected.map((r) => r.id)).toEqual(['hostile-rejected', 'hostile-script']);
});

describe('index.json round trip of random rows', () => {
  const meta: PublishedMeta = { asOf: '2023-12-29', isSample: false, publisher: 'Penerbit' };
  const empty = { points: [], packages: 0, weight: 0 };

  it('gives back any rows exactly', () => {
    fc.assert(
      fc.property(fc.array(indexRowArbitrary, { maxLength: 20 }), (rows) => {
        const file = encodeIndex({ meta, rejected: [], projects: rows, kurvaS: empty });
        expect(decodeIndex(overTheWire(file), SOURCE).projects).toEqual(rows);
      }),
      { numRuns: 200 },
    );
  });

  it('writes each repeated text once', () => {
    fc.assert(
      fc.property(fc.array(indexRowArbitrary, { maxLength: 20 }), (rows) => {
        const { words } = encodeIndex({ meta, rejected: [], projects: rows, kurvaS: empty });
        expect(new Set(words).size).toBe(words.length);
      }),
    );
  });
});

describe('decodeIndex refuses a file that does not fit, naming where', () => {
  const [base] = FIXTURE_PACKAGES.map(([, pkg]) => overTheWire(encodeIndex(contentOf(pkg))) as IndexFile);
  /** A copy of the sample's index with one thing broken. */
  const broken = (mutate: (file: IndexFile) => void): unknown => {
    const file = structuredClone(base!);
    mutate(file);
    return file;
  };

  function refusal(json: unknown): DataError {
    try {
      decodeIndex(json, SOURCE);
    } catch (error) {
      return error as DataError;
    }
    throw new Error('decodeIndex accepted the file');
  }

  it('refuses it in slices too, before any row is built', async () => {
    const file = broken((f) => (f.columns.kecamatan[4] = '32.16.99'));
    await expect(decodeIndexText(JSON.stringify(file), SOURCE)).rejects.toThrow(/kecamatan\[4\]/);
  });

  it('reads an as-of source it does not know as a date it cannot vouch for', () => {
    const file = broken((f) => Object.assign(f.meta, { asOfSource: 'tebakan' }));
    expect(decodeIndex(file, SOURCE).meta.asOfSource).toBe('read-date');
    expect(decodeIndex(base, SOURCE).meta.asOfSource).toBeUndefined();
  });

  it.each<[string, unknown, RegExp]>([
    ['another format', broken((f) => Object.assign(f, { format: 'pantaubangun-proyek' })), /format/],
    ['a later version', broken((f) => Object.assign(f, { version: INDEX_VERSION + 1 })), /format/],
    ['a column one short', broken((f) => f.columns.pagu.pop()), /pagu: harus berupa daftar \d+ nilai/],
    ['a column that is not a list', broken((f) => Object.assign(f.columns, { status: {} })), /status:/],
    ['no columns', broken((f) => Object.assign(f, { columns: null })), /columns/],
    ['a category past the list', broken((f) => (f.columns.category[3] = CATEGORIES.length)), /category\[3\]/],
    ['a negative code', broken((f) => (f.columns.status[2] = -1)), /status\[2\]/],
    ['a fractional code', broken((f) => (f.columns.kritis[1] = 0.5)), /kritis\[1\]/],
    ['an unknown kecamatan', broken((f) => (f.columns.kecamatan[4] = '32.16.99')), /kecamatan\[4\]/],
    [
      'a funding word past the dictionary',
      broken((f) => (f.columns.funding[5] = [f.words.length, 1])),
      /funding\[5\]/,
    ],
    ['a funding word of -1 ("not given")', broken((f) => (f.columns.funding[6] = [-1, 1])), /funding\[6\]/],
    [
      'a contractor word past the dictionary',
      broken((f) => (f.columns.contractor[0] = f.words.length)),
      /contractor\[0\]/,
    ],
    ['a number as text', broken((f) => Object.assign(f.columns.pagu, { 7: '1000' })), /pagu\[7\]/],
    ['null', null, /format/],
    ['a list', [], /format/],
    ['a text', 'index.json', /format/],
    ['a number', 42, /format/],
  ])('%s', (_what, json, where) => {
    const error = refusal(json);
    expect(error).toBeInstanceOf(DataError);
    expect(error.kind).toBe('not-an-index');
    expect(error.detail).toMatch(/^index\.json: /);
    expect(error.detail).toMatch(where);
  });
});

it('costs at most 150 bytes a project, gzipped, for the sample', () => {
  const [, sample] = FIXTURE_PACKAGES[0];
  const published = publishDataset(readFixture(sample));
  const gzipped = gzipSync(JSON.stringify(published.index), { level: 9 }).length;
  expect(gzipped / published.index.columns.id.length).toBeLessThanOrEqual(150);
});
