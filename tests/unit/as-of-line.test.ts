import { describe, expect, it } from 'vitest';
import { asOfLabel, asOfLine, provenanceLine, sourceName } from '../../src/domain/format/as-of';

describe('asOfLine', () => {
  it("dates figures by the data's own day, published or recorded", () => {
    expect(asOfLine({ asOf: '2023-12-29' })).toBe('Data per 29 Desember 2023');
    expect(asOfLine({ asOf: '2023-09-03', asOfSource: 'latest-record' }, 'en', 'short')).toBe(
      'Data as of 3 Sept 2023',
    );
  });

  it('never calls the day a package was read the date of its data', () => {
    const read = { asOf: '2026-12-05', asOfSource: 'read-date' } as const;
    expect(asOfLine(read)).toBe('Dihitung per 5 Desember 2026');
    expect(asOfLine(read, 'en')).toBe('Computed for 5 December 2026');
    expect(asOfLabel(read)).toBe('Dihitung per');
  });
});

describe('provenanceLine', () => {
  const meta = {
    publisher: 'Dinas SDABMBK',
    sourceUrl: 'https://data.example/paket.json',
    asOf: '2023-12-29',
  };

  it('names the source and the data’s own date in one line, in either language', () => {
    expect(provenanceLine(meta)).toBe('Sumber: Dinas SDABMBK · Data per 29 Desember 2023');
    expect(provenanceLine({ ...meta, asOfSource: 'read-date' }, 'en')).toBe(
      'Source: Dinas SDABMBK · Computed for 29 December 2023',
    );
  });

  it('falls back to the address the data was read from when no publisher is named', () => {
    const unnamed = { sourceUrl: meta.sourceUrl, asOf: meta.asOf };
    expect(sourceName(unnamed)).toBe('https://data.example/paket.json');
    expect(provenanceLine(unnamed)).toBe(
      'Sumber: https://data.example/paket.json · Data per 29 Desember 2023',
    );
  });
});
