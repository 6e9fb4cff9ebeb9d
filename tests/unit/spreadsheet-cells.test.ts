import { describe, expect, it } from 'vitest';
import { parseAmount, parseCount, parseDecimal, parsePercent } from '../../src/domain/spreadsheet/numbers';
import { parseDate } from '../../src/domain/spreadsheet/dates';
import { parseCoordinate, parseCoordinatePair } from '../../src/domain/spreadsheet/coordinates';
import { parseText } from '../../src/domain/spreadsheet/text';
import {
  parseCategory,
  parseFundingSources,
  parseMethod,
  parseStatus,
} from '../../src/domain/spreadsheet/vocabulary';
import { matchHeader } from '../../src/domain/spreadsheet/headers';
import { CATEGORY_LABELS, BIDANG_LABELS, STATUS_LABELS } from '../../src/components/labels/domain-labels';
import { parseBidang } from '../../src/domain/spreadsheet/vocabulary';
import { STATUSES } from '../../src/domain/project/types';

const value = <T>(r: { ok: true; value: T } | { ok: false }) => (r.ok ? r.value : undefined);
const code = (r: { ok: boolean; code?: string }) => (r.ok ? 'ok' : r.code);

describe('Rupiah amounts as Indonesian spreadsheets write them', () => {
  it.each([
    ['Rp 1.234.567.890,00', 1_234_567_890],
    ['Rp. 20.600.000.000,00', 20_600_000_000],
    ['1.234.567.890', 1_234_567_890],
    ['1234567890', 1_234_567_890],
    ['1,2 M', 1_200_000_000],
    ['Rp 1,2 M', 1_200_000_000],
    ['Rp571 miliar', 571_000_000_000],
    ['Rp7,1 triliun', 7_100_000_000_000],
    ['950 jt', 950_000_000],
    ['950 juta', 950_000_000],
    ['Rp 234.594.500,-', 234_594_500],
    ['RP. 2.322.782.132.00', 2_322_782_132],
    ['Rp. 23.659.026.000,00 (Dua Puluh Tiga Milyar Enam Ratus Rupiah)', 23_659_026_000],
    ['1,234,567.89', 1_234_567.89],
    ['1.500', 1500],
    ['12 500 000', 12_500_000],
    [10450000000, 10_450_000_000],
    ['1,2E+10', 12_000_000_000],
  ])('reads %j', (input, expected) => {
    expect(value(parseAmount(input))).toBe(expected);
  });

  it.each([
    ['satu miliar', 'not-a-number'],
    ['1.23.4', 'not-a-number'],
    ['1,2,3', 'not-a-number'],
    ['-5.000.000', 'negative'],
    ['999999999999999999', 'too-large'],
    [Number.POSITIVE_INFINITY, 'not-a-number'],
    [true, 'unexpected-type'],
  ])('reports %j', (input, expected) => {
    expect(code(parseAmount(input))).toBe(expected);
  });
});

describe('percentages and decimals', () => {
  it('reads decimal commas and points, with or without %', () => {
    expect(value(parsePercent('45,6'))).toBe(45.6);
    expect(value(parsePercent('45.6%'))).toBe(45.6);
    expect(value(parsePercent('80 persen'))).toBe(80);
    expect(value(parsePercent(100))).toBe(100);
    expect(code(parsePercent('101'))).toBe('not-a-percent');
    expect(code(parsePercent('-1'))).toBe('not-a-percent');
    expect(value(parseDecimal('1.650'))).toBe(1.65);
    expect(value(parseDecimal('7,5 m'))).toBe(7.5);
  });
});

describe('number of tenderers (Jumlah penawar)', () => {
  it.each([
    ['3', 3],
    [3, 3],
    ['0', 0],
    ['1 penawar', 1],
    ['12 Penawaran', 12],
    [' 7 ', 7],
    ['5.0', 5],
    [500, 500],
  ])('reads %j', (input, expected) => {
    expect(value(parseCount(input))).toBe(expected);
  });

  it.each([
    ['3,5', 'not-a-count'],
    [2.5, 'not-a-count'],
    ['tiga', 'not-a-count'],
    ['3 - 5', 'not-a-count'],
    ['', 'not-a-count'],
    [Number.NaN, 'not-a-count'],
    ['-1', 'negative'],
    [-2, 'negative'],
    // The Indonesian thousands dot: one thousand bidders, not one.
    ['1.000', 'too-many-tenderers'],
    [501, 'too-many-tenderers'],
    [1e18, 'too-many-tenderers'],
    [true, 'unexpected-type'],
    [new Date(Date.UTC(2023, 1, 2)), 'unexpected-type'],
  ])('reports %j', (input, expected) => {
    expect(code(parseCount(input))).toBe(expected);
  });
});

describe('dates', () => {
  it.each([
    ['02/02/2023', '2023-02-02'],
    ['2/2/2023', '2023-02-02'],
    ['28/2/23', '2023-02-28'],
    ['2 Februari 2023', '2023-02-02'],
    ['Kamis, 2 Februari 2023', '2023-02-02'],
    ['2-Feb-23', '2023-02-02'],
    ['6 Agt 2023', '2023-08-06'],
    ['17 Agustus 2023', '2023-08-17'],
    ['1 Okt 2023', '2023-10-01'],
    ['2023-02-02', '2023-02-02'],
    ['2023-02-02T00:00:00Z', '2023-02-02'],
    [44959, '2023-02-02'],
    ['44959', '2023-02-02'],
    [new Date(Date.UTC(2023, 1, 2)), '2023-02-02'],
  ])('reads %j', (input, expected) => {
    expect(value(parseDate(input))).toBe(expected);
  });

  it('reports dates that do not exist or are out of range, never rolling them over', () => {
    expect(code(parseDate('31/02/2023'))).toBe('impossible-date');
    expect(code(parseDate('02/13/2023'))).toBe('impossible-date');
    expect(code(parseDate('2 Febuary 2023'))).toBe('not-a-date');
    expect(code(parseDate('besok'))).toBe('not-a-date');
    expect(code(parseDate(12))).toBe('date-out-of-range');
    expect(code(parseDate('01/01/1999'))).toBe('date-out-of-range');
  });
});

describe('coordinates', () => {
  it('reads decimal commas and pairs, latitude first', () => {
    expect(value(parseCoordinate('-6,27'))).toBe(-6.27);
    expect(value(parseCoordinate('107.155'))).toBe(107.155);
    expect(value(parseCoordinatePair('-6,27; 107,155'))).toEqual([107.155, -6.27]);
    expect(value(parseCoordinatePair('-6.27, 107.155'))).toEqual([107.155, -6.27]);
    expect(value(parseCoordinatePair('-6,27 107,155'))).toEqual([107.155, -6.27]);
  });

  it('reports swapped or outside points instead of fixing them', () => {
    expect(code(parseCoordinatePair('107.155, -6.27'))).toBe('coordinates-swapped');
    expect(code(parseCoordinatePair('-7.8, 110.4'))).toBe('outside-bekasi');
    expect(code(parseCoordinate('1.234.567'))).toBe('not-a-coordinate');
  });
});

describe('text cells', () => {
  it.each(['=HYPERLINK("http://x","klik")', '+62 21', '@SUM(A1)', '-cmd|calc', '=1+2'])(
    'reports a formula %j',
    (input) => expect(code(parseText(input))).toBe('formula'),
  );
  it('reports HTML and control characters, keeps ordinary text', () => {
    expect(code(parseText('<img src=x onerror=alert(1)>'))).toBe('html');
    expect(code(parseText('Jalan\u0007'))).toBe('control-characters');
    expect(code(parseText('x'.repeat(501)))).toBe('too-long');
    expect(value(parseText('  Jalan   Raya  CBL '))).toBe('Jalan Raya CBL');
    expect(value(parseText('-5 m dari as jalan'))).toBe('-5 m dari as jalan');
  });
});

describe('vocabulary', () => {
  it('accepts every label the app writes in its CSV export', () => {
    for (const [key, label] of Object.entries(CATEGORY_LABELS.id))
      expect(value(parseCategory(label))).toBe(key);
    for (const [key, label] of Object.entries(BIDANG_LABELS.id)) expect(value(parseBidang(label))).toBe(key);
    for (const status of STATUSES) expect(value(parseStatus(STATUS_LABELS.id[status]))).toBe(status);
  });
  it('reads status words and refuses "Terlambat" as a status', () => {
    expect(value(parseStatus('PHO'))).toBe('selesai');
    expect(value(parseStatus('gagal lelang'))).toBe('gagal-tender');
    expect(code(parseStatus('Terlambat - addendum 50 hari'))).toBe('status-terlambat');
    expect(code(parseStatus('Hampir selesai'))).toBe('unknown-status');
  });
  it('splits and names funding sources and methods', () => {
    expect(parseFundingSources('APBD 2023')).toEqual(['APBD']);
    expect(parseFundingSources('APBD + APBD Perubahan')).toEqual(['APBD', 'APBD-P']);
    expect(parseFundingSources('Bankeu Provinsi')).toEqual(['Banprov']);
    expect(parseFundingSources('CSR')).toEqual(['CSR']);
    expect(parseMethod('e-Katalog').details).toBe('E-Purchasing');
    expect(parseMethod('Tender - Pascakualifikasi Satu File').method).toBe('open');
  });

  it.each([
    ['Tender', 'Tender', 'open'],
    ['Lelang', 'Tender', 'open'],
    ['Seleksi (jasa konsultansi)', 'Seleksi', 'selective'],
    ['E-Purchasing (e-katalog lokal)', 'E-Purchasing', 'limited'],
    ['Pengadaan Langsung', 'Pengadaan Langsung', 'direct'],
    ['PL', 'Pengadaan Langsung', 'direct'],
    ['Penunjukan Langsung', 'Penunjukan Langsung', 'direct'],
    ['Swakelola Tipe I', 'Swakelola', 'direct'],
    ['Sayembara', 'Sayembara', undefined],
  ])('names the method %j as %j with the OCDS code %j', (text, details, method) => {
    expect(parseMethod(text)).toEqual(method ? { details, method } : { details });
  });
});

describe('headers in any case and spacing', () => {
  it.each([
    ['NAMA PAKET', 'title'],
    ['nama_paket', 'title'],
    ['  Nama   Paket ', 'title'],
    ['Pagu (Rp)', 'pagu'],
    ['pagu_rp', 'pagu'],
    ['Nilai Pagu Paket', 'pagu'],
    ['Nilai HPS Paket', 'hps'],
    ['Tgl. Mulai', 'startDate'],
    ['Realisasi keuangan (%)', 'financialPercent'],
    ['Realisasi keuangan (Rp)', 'financialAmount'],
    ['Desa/Kelurahan', 'desa'],
    ['Metode Pengadaan', 'method'],
    ['Metode Pemilihan', 'method'],
    ['HPS', 'hps'],
    ['Jumlah Penawar', 'tenderers'],
    ['jml_penawar', 'tenderers'],
    ['Jumlah Penawaran Masuk', 'tenderers'],
    // LPSE's "Jumlah Peserta" counts registrations, not bids: never read as tenderers.
    ['Jumlah Peserta', undefined],
    ['Nilai Addendum', 'addendumValue'],
    ['Nilai Addendum (Rp)', 'addendumValue'],
    ['Nilai Kontrak Setelah Addendum', 'addendumValue'],
    ['Tanggal Addendum', 'addendumDate'],
    ['Tgl. Adendum', 'addendumDate'],
    ['Kolom misterius', undefined],
  ])('%j → %s', (header, field) => expect(matchHeader(header)).toBe(field));
});
