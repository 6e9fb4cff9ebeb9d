/**
 * Turns the 40 grounded research rows into package specs: resolves kecamatan/desa to Kemendagri codes,
 * and reads the intended outcome (selesai, terlambat + addendum, putus kontrak, gagal tender) from the
 * row's status text and its physical progress on 31 Dec 2023.
 */
import { findDesa, findKecamatan, type Wilayah } from './wilayah';
import { groundedRows, type GroundedRow } from './grounded-rows';
import type { Rng } from './prng';
import type { PackageSpec, ProjectType, Scenario } from './types';

export function projectTypeOf(title: string): ProjectType {
  if (/^(Pemeliharaan|Perbaikan|Rehabilitasi|Normalisasi)/.test(title)) return 'rehabilitation';
  if (/^(Rekonstruksi|Penggantian)/.test(title)) return 'replacement';
  if (/^(Peningkatan|Pelebaran)/.test(title)) return 'expansion';
  return 'construction';
}

/** "Rekonstruksi Jalan Raya CBL Ruas …" → "Jalan Raya CBL Ruas …" for locations[].description. */
export function placeNameOf(title: string): string {
  return title
    .replace(
      /^(Rekonstruksi|Peningkatan|Pembangunan|Pelebaran|Pemeliharaan (Rutin|Berkala)|Normalisasi|Perbaikan|Rehabilitasi|Penggantian)\s+/,
      '',
    )
    .replace(/^(Tanggul\/TPT|Drainase|Tanggul)\s+/, '');
}

function scenarioOf(r: GroundedRow): Scenario {
  const s = r.statusText;
  if (/^Gagal tender/i.test(s)) return { kind: 'gagal' };
  if (/^Putus kontrak/i.test(s)) return { kind: 'putus', stallAt: r.progressAtYearEnd };
  if (r.progressAtYearEnd < 100) {
    // "Terlambat - addendum 50 hari", "Perpanjangan waktu …": still running on 29 Dec with an addendum.
    const m = /addendum (\d+) hari/.exec(s);
    const addendumDays = m ? Number(m[1]) : 50;
    return { kind: 'running', expectKritis: true, actual: r.progressAtYearEnd, addendumDays };
  }
  return { kind: 'onTime' };
}

export function groundedSpecs(rng: Rng, w: Wilayah): PackageSpec[] {
  return groundedRows().map((r, i) => {
    const lintas = /^Lintas kecamatan \(([^)]*)\)/.exec(r.kecamatanName);
    const kecNames = lintas ? (lintas[1] as string).split(',').map((s) => s.trim()) : [r.kecamatanName];
    const kecs = kecNames.map((n) => {
      const k = findKecamatan(w, n);
      if (!k) throw new Error(`row ${r.no}: unknown kecamatan ${n}`);
      return k;
    });
    const kec = kecs[0] as (typeof kecs)[number];
    const desa = lintas ? undefined : findDesa(kec, r.desaName);
    const linear = r.kategori !== 'jembatan' && r.kategori !== 'perencanaan';
    const geometryKind = lintas || r.kategori === 'perencanaan' ? 'none' : linear ? 'line' : 'point';
    const defaultWidth = { jalan: rng.int(5, 7), normalisasi: rng.int(6, 12), drainase: 1, tanggul: 3 };
    return {
      seq: i + 1,
      grounded: true,
      title: r.title,
      kategori: r.kategori,
      bidang: r.bidang,
      type: projectTypeOf(r.title),
      kecamatanCode: kec.code,
      extraKecamatanCodes: kecs.slice(1).map((k) => k.code),
      desaCode: desa?.code ?? null,
      placeName: placeNameOf(r.title),
      seedPosition: r.seed,
      geometryKind,
      lengthM: r.lengthM,
      widthM:
        r.widthM ??
        (r.kategori === 'jembatan'
          ? rng.int(6, 9)
          : ((defaultWidth as Record<string, number>)[r.kategori] ?? null)),
      volumeText: r.volumeText,
      pagu: r.pagu,
      hps: r.hps ?? (r.method === 'Swakelola' ? null : Math.round((r.pagu * 0.996) / 1000) * 1000),
      contractValue: r.contractValue,
      sources: [r.source],
      method: r.method,
      supplier:
        r.supplier ?? (r.method === 'Swakelola' ? 'Tim Swakelola UPTD Pemeliharaan Jalan (fiktif)' : null),
      consultant: null, // filled in by the programme builder (same draw order for every row)
      start: r.start,
      durationDays: r.durationDays,
      scenario: scenarioOf(r),
      note: r.note,
    } satisfies PackageSpec;
  });
}
