/**
 * The less common generated packages: routine maintenance of a whole wilayah (no line to draw), small
 * channel repairs bought by Pengadaan Langsung, and the planning/consultancy packages (kategori
 * perencanaan, the ~Rp32 M "planning/other" remainder of the Dinas budget).
 */
import { fmtM, KAMPUNG, PERENCANAAN_TITLES, roundTo } from './catalog';
import type { Rng } from './prng';
import type { Draft } from './types';
import type { Area, Kecamatan } from './wilayah';

/** Routine maintenance of a whole wilayah: no single line to draw, only the kecamatan code. */
export function routine(rng: Rng, kec: Kecamatan, n: number): Draft {
  return {
    title: `Pemeliharaan Rutin Jalan Kabupaten Wilayah ${['I', 'II', 'III', 'IV', 'V', 'VI'][n % 6]} (Kec. ${kec.name} dan sekitarnya)`,
    kategori: 'jalan',
    type: 'rehabilitation',
    placeName: `Ruas-ruas jalan kabupaten di Kecamatan ${kec.name}`,
    geometryKind: 'none',
    lengthM: null,
    widthM: null,
    volumeText: `± ${fmtM(rng.int(8, 20) * 1000)}2 tambalan`,
    rawPagu: rng.float(1_800_000_000, 3_200_000_000),
    method: 'Tender',
  };
}

/** Small channel repairs bought by Pengadaan Langsung (construction ≤ Rp200 juta). */
export function smallChannel(rng: Rng, desa: Area): Draft {
  const lengthM = roundTo(rng.int(80, 250), 10);
  const name = `Saluran Drainase Lingkungan ${rng.pick(KAMPUNG)} Desa ${desa.name}`;
  return {
    title: `Perbaikan ${name}`,
    kategori: 'drainase',
    type: 'rehabilitation',
    placeName: name,
    geometryKind: 'line',
    lengthM,
    widthM: 1,
    volumeText: fmtM(lengthM),
    rawPagu: roundTo(rng.float(120_000_000, 198_000_000), 1_000_000),
    method: 'Pengadaan Langsung',
    fixedPagu: true,
  };
}

export function planning(rng: Rng, n: number, desa: Area): Draft {
  if (n % 5 === 4) {
    // Small DED for a village bridge: consultancy ≤ Rp100 juta goes to Pengadaan Langsung.
    const name = `Jembatan ${rng.pick(KAMPUNG)} Desa ${desa.name}`;
    return {
      title: `Perencanaan Teknis (DED) ${name}`,
      kategori: 'perencanaan',
      type: 'construction',
      placeName: name,
      geometryKind: 'none',
      lengthM: null,
      widthM: null,
      volumeText: 'jasa konsultansi',
      rawPagu: roundTo(rng.float(60_000_000, 98_000_000), 1_000_000),
      method: 'Pengadaan Langsung',
      fixedPagu: true,
    };
  }
  const title = PERENCANAAN_TITLES[n % PERENCANAAN_TITLES.length] as string;
  const big = /Kalimalang|Masterplan|IRMS|Pola|Polder/.test(title);
  const rawPagu = big ? rng.float(2_500_000_000, 5_000_000_000) : rng.float(400_000_000, 2_500_000_000);
  return {
    title: n >= PERENCANAAN_TITLES.length ? `${title} (Tahap ${n / PERENCANAAN_TITLES.length + 1})` : title,
    kategori: 'perencanaan',
    type: 'construction',
    placeName: title.replace(
      /^(Penyusunan|Perencanaan Teknis|Survei|Studi|Pengawasan Teknis|Pemutakhiran)\s*/,
      '',
    ),
    geometryKind: 'none',
    lengthM: null,
    widthM: null,
    volumeText: 'jasa konsultansi',
    rawPagu,
    method: 'Seleksi',
  };
}
