import { describe, expect, it } from 'vitest';
import { addChoice, filtersKey, stillPending } from '../../src/components/filters/chosen-filters';
import type { Filters } from '../../src/domain/filters/filters';

describe('filter choices waiting for the URL', () => {
  const start: Filters = {};
  const babelan: Filters = { kecamatan: 'babelan' };
  const both: Filters = { kecamatan: 'babelan', status: 'kritis' };

  it('spells equal filters the same way, whatever the key order', () => {
    expect(filtersKey({ status: 'kritis', kecamatan: 'babelan' })).toBe(filtersKey(both));
  });

  it('keeps a choice while the URL still shows the old filters, and builds the next one on it', () => {
    const first = addChoice(undefined, start, babelan);
    expect(stillPending(first, start)?.latest).toEqual(babelan);
    // A second change before the URL moved: built from the choice, so babelan is not lost.
    const second = addChoice(stillPending(first, start), start, { ...babelan, status: 'kritis' });
    expect(second.latest).toEqual(both);
    // The URL passes through the first choice on its way: still waiting for the second.
    expect(stillPending(second, babelan)?.latest).toEqual(both);
  });

  it('ends once the URL shows the latest choice', () => {
    const run = addChoice(addChoice(undefined, start, babelan), start, both);
    expect(stillPending(run, { status: 'kritis', kecamatan: 'babelan' })).toBeUndefined();
  });

  it('gives way when the URL moves somewhere it was never asked to go (back button, pasted link)', () => {
    const run = addChoice(undefined, start, babelan);
    expect(stillPending(run, { kategori: 'jembatan' })).toBeUndefined();
  });

  it('has nothing pending before any choice', () => {
    expect(stillPending(undefined, babelan)).toBeUndefined();
  });
});
