import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeIndexText } from '../../src/api/published-index';
import { DataError } from '../../src/domain/dataset/data-error';
import { decodeIndex, encodeIndex, type IndexFile } from '../../src/domain/publish/index-file';
import {
  indexTextParts,
  indexToText,
  joinIndexParts,
  type IndexTextPart,
} from '../../src/domain/publish/index-text';
import { publishDataset } from '../../src/domain/publish/publish';
import { FIXTURE_PACKAGES, readFixture } from '../fixtures/read-fixture-packages';
import { indexRowArbitrary } from './publish-arbitraries';

const SOURCE = 'https://data.contoh.invalid/paket.json';

/** The parts, if the text has the line layout. */
function partsOf(text: string): IndexTextPart[] | undefined {
  const parts: IndexTextPart[] = [];
  const lines = indexTextParts(text);
  for (let next = lines.next(); ; next = lines.next()) {
    if (next.done) return next.value ? parts : undefined;
    parts.push(next.value);
  }
}

/** The parts parsed one by one and put together, as the page does it without the slicing. */
function partsRead(text: string): unknown {
  const parts = partsOf(text);
  if (!parts) throw new Error('not in the line layout');
  return joinIndexParts(
    parts.map((part) => ({ columns: part.columns, members: JSON.parse(part.text) as unknown })),
  );
}

describe.each(FIXTURE_PACKAGES)('index.json of the %s package, a column a line', (_name, pkg) => {
  const file = publishDataset(readFixture(pkg)).index;
  const text = indexToText(file);

  it('is the same JSON as the file written on one line', () => {
    expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(file)));
  });

  it('parts parsed one by one give what JSON.parse of the whole gives', () => {
    expect(partsRead(text)).toEqual(JSON.parse(text));
    expect(text.split('\n').length).toBeGreaterThan(Object.keys(file.columns).length);
  });

  it('reads the same on the page either way, with the rows of decodeIndex', async () => {
    const expected = decodeIndex(JSON.parse(text), SOURCE);
    expect(await decodeIndexText(text, SOURCE)).toEqual(expected);
    expect(await decodeIndexText(JSON.stringify(file), SOURCE)).toEqual(expected);
  });
});

describe('the line layout', () => {
  const meta = { asOf: '2023-12-29', isSample: false, publisher: 'Penerbit "kutip"\nbaris' };
  const empty = { points: [], packages: 0, weight: 0 };

  it('keeps any rows exactly, texts with line breaks and quotes included', () => {
    fc.assert(
      fc.property(fc.array(indexRowArbitrary, { maxLength: 12 }), (rows) => {
        const file = encodeIndex({ meta, rejected: [], projects: rows, kurvaS: empty });
        const text = indexToText(file);
        expect(partsRead(text)).toEqual(JSON.parse(JSON.stringify(file)));
      }),
      { numRuns: 100 },
    );
  });

  it('leaves out what JSON leaves out (an undefined member)', () => {
    const file = encodeIndex({ meta, rejected: [], projects: [], kurvaS: empty });
    const text = indexToText({ ...file, meta: { ...file.meta, uri: undefined } });
    expect(text).not.toContain('undefined');
    expect(partsRead(text)).toEqual(JSON.parse(text));
  });

  it('sets a "__proto__" member as an own field, as JSON.parse does, not as a prototype', () => {
    const text = '{"format":"x",\n"__proto__":{"polluted":true},\n"columns":{\n"id":[]\n}}\n';
    const read = partsRead(text) as Record<string, unknown>;
    expect(Object.getPrototypeOf(read)).toBe(Object.prototype);
    expect(read).toEqual(JSON.parse(text));
    expect(Object.keys(read)).toEqual(['format', '__proto__', 'columns']);
  });

  it.each([
    ['one line', '{"a":1,"columns":{"id":[]}}'],
    ['pretty-printed', JSON.stringify({ a: 1, columns: { id: [] } }, null, 2)],
    ['a comma missing after a member', '{"a":1\n"columns":{\n"id":[]\n}}'],
    ['a comma after the last column', '{"a":1,\n"columns":{\n"id":[],\n}}'],
    ['an empty line between members', '{"a":1,\n,\n"columns":{\n"id":[]\n}}'],
    ['no columns line', '{"a":1,\n"b":{\n"id":[]\n}}'],
    ['no closing line', '{"a":1,\n"columns":{\n"id":[]}}'],
    ['text after the closing line', '{"a":1,\n"columns":{\n"id":[]\n}}\n{}'],
    ['no member before the columns', '{\n"columns":{\n"id":[]\n}}'],
    ['no column', '{"a":1,\n"columns":{\n}}'],
  ])('is not taken for %s (such text is parsed whole)', (_case, text) => {
    expect(partsOf(text)).toBeUndefined();
  });
});

describe('a broken index.json in the line layout', () => {
  const [, pkg] = FIXTURE_PACKAGES[0];
  const text = indexToText(publishDataset(readFixture(pkg)).index);

  async function refusal(broken: string): Promise<DataError> {
    try {
      await decodeIndexText(broken, SOURCE);
    } catch (error) {
      return error as DataError;
    }
    throw new Error('the broken index was read');
  }

  it("gets JSON.parse's own message for the whole text when a line does not parse", async () => {
    const broken = text.replace('"title":[', '"title":[,');
    let whole = '';
    try {
      JSON.parse(broken);
    } catch (error) {
      whole = (error as Error).message;
    }
    const error = await refusal(broken);
    expect(error).toBeInstanceOf(DataError);
    expect(error.kind).toBe('not-json');
    expect(error.detail).toBe(whole.slice(0, 200));
  });

  it('is refused naming the column, as a file on one line is', async () => {
    const file = JSON.parse(text) as IndexFile;
    file.columns.kecamatan[1] = '32.16.99';
    await expect(refusal(indexToText(file))).resolves.toMatchObject({ kind: 'not-an-index' });
    await expect(decodeIndexText(indexToText(file), SOURCE)).rejects.toThrow(/kecamatan\[1\]/);
  });
});
