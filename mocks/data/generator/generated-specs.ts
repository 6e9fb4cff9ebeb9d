/**
 * Generated packages that fill the 2023 programme around the grounded rows. Sizes follow the research
 * rules of thumb (rigid road ≈ Rp4–6 M/km, small bridges Rp2–3 M, normalisasi ≈ Rp1 M per package); the
 * programme builder later scales each bidang so that its pagu total matches the announced split.
 */
import { fmtM, KALI, KAMPUNG, roundTo, SALURAN } from './catalog';
import { planning, routine, smallChannel } from './generated-minor';
import type { Rng } from './prng';
import type { Bidang, Draft } from './types';
import type { Area, Kecamatan } from './wilayah';

export type Slot = Bidang | 'perencanaan';

/** A road name from two desa of the kecamatan, or a kampung road inside one desa. */
function roadName(rng: Rng, kec: Kecamatan, desa: Area): string {
  const other = kec.desa.filter((d) => d.code !== desa.code);
  if (other.length > 0 && rng.chance(0.6)) return `Jalan ${desa.name} - ${rng.pick(other).name}`;
  return `Jalan ${rng.pick(KAMPUNG)} Desa ${desa.name}`;
}

function road(rng: Rng, kec: Kecamatan, desa: Area, upgrade: boolean): Draft {
  const lengthM = roundTo(rng.int(upgrade ? 400 : 600, upgrade ? 2500 : 3200), 10);
  const widthM = rng.int(4, 7);
  const name = roadName(rng, kec, desa);
  const verb = upgrade
    ? rng.pick(['Peningkatan', 'Peningkatan', 'Rekonstruksi', 'Pembangunan', 'Pelebaran'] as const)
    : rng.pick(['Pemeliharaan Berkala', 'Rehabilitasi', 'Perbaikan'] as const);
  const perM2 = upgrade ? rng.float(650_000, 1_000_000) : rng.float(300_000, 600_000);
  return {
    title: `${verb} ${name}`,
    kategori: 'jalan',
    type: upgrade
      ? verb === 'Rekonstruksi'
        ? 'replacement'
        : verb === 'Pembangunan'
          ? 'construction'
          : 'expansion'
      : 'rehabilitation',
    placeName: name,
    geometryKind: 'line',
    lengthM,
    widthM,
    volumeText: `${fmtM(lengthM)} x ${widthM} m (${upgrade ? 'rigid beton' : 'overlay/rigid'})`,
    rawPagu: lengthM * widthM * perM2,
    method: rng.chance(upgrade ? 0.4 : 0.3) ? 'E-Purchasing' : 'Tender',
  };
}

function bridge(rng: Rng, desa: Area): Draft {
  const span = rng.int(6, 30);
  const verb = rng.pick(['Pembangunan', 'Pembangunan', 'Rehabilitasi', 'Penggantian'] as const);
  const over = rng.chance(0.6) ? rng.pick(KALI) : rng.pick(KAMPUNG);
  const name = `Jembatan ${over} Desa ${desa.name}`;
  return {
    title: `${verb} ${name}`,
    kategori: 'jembatan',
    type:
      verb === 'Rehabilitasi' ? 'rehabilitation' : verb === 'Penggantian' ? 'replacement' : 'construction',
    placeName: name,
    geometryKind: 'point',
    lengthM: span,
    widthM: rng.int(6, 9),
    volumeText: `bentang ${span} m`,
    rawPagu: span * rng.float(120_000_000, 220_000_000) * (verb === 'Rehabilitasi' ? 0.6 : 1),
    method: 'Tender',
  };
}

function water(rng: Rng, desa: Area, k: 'normalisasi' | 'tanggul' | 'drainase' | 'pompa'): Draft {
  const kali = rng.chance(0.7) ? rng.pick(KALI) : rng.pick(SALURAN);
  if (k === 'pompa') {
    const what = rng.pick(['Rumah Pompa', 'Kolam Retensi (Polder)', 'Pintu Air'] as const);
    const name = `${what} ${kali} Desa ${desa.name}`;
    return {
      title: `Pembangunan ${name}`,
      kategori: 'drainase',
      type: 'construction',
      placeName: name,
      geometryKind: 'point',
      lengthM: null,
      widthM: null,
      volumeText: what === 'Rumah Pompa' ? `${rng.int(2, 4)} unit pompa` : '1 unit',
      rawPagu: rng.float(2_500_000_000, 7_500_000_000),
      method: 'Tender',
    };
  }
  const spec = {
    normalisasi: { len: [1000, 6000], perM: [300_000, 520_000], verb: 'Normalisasi', w: [6, 14] },
    tanggul: { len: [100, 600], perM: [8_000_000, 15_000_000], verb: 'Pembangunan TPT', w: [2, 4] },
    drainase: { len: [300, 1500], perM: [1_200_000, 2_500_000], verb: 'Pembangunan Drainase', w: [1, 2] },
  }[k];
  const lengthM = roundTo(rng.int(spec.len[0] as number, spec.len[1] as number), 10);
  const name =
    k === 'drainase' ? `Jalan ${rng.pick(KAMPUNG)} Desa ${desa.name}` : `${kali} Desa ${desa.name}`;
  return {
    title: `${spec.verb} ${name}`,
    kategori: k,
    type: k === 'normalisasi' ? 'rehabilitation' : 'construction',
    placeName: k === 'drainase' ? `Saluran drainase ${name}` : kali,
    geometryKind: 'line',
    lengthM,
    widthM: rng.int(spec.w[0] as number, spec.w[1] as number),
    volumeText: fmtM(lengthM),
    rawPagu: lengthM * rng.float(spec.perM[0] as number, spec.perM[1] as number),
    method: rng.chance(0.15) ? 'E-Purchasing' : 'Tender',
  };
}

/** One generated draft for a slot; `n` counts drafts already made in that slot. */
export function draftFor(rng: Rng, slot: Slot, n: number, kec: Kecamatan, desa: Area): Draft {
  switch (slot) {
    case 'bm-peningkatan':
      return road(rng, kec, desa, true);
    case 'bm-pemeliharaan':
      return n % 7 === 3 ? routine(rng, kec, n) : road(rng, kec, desa, false);
    case 'jembatan':
      return bridge(rng, desa);
    case 'sda': {
      if (n % 10 === 9) return smallChannel(rng, desa);
      const kinds = [
        'normalisasi',
        'normalisasi',
        'drainase',
        'tanggul',
        'normalisasi',
        'drainase',
        'tanggul',
        'pompa',
      ] as const;
      return water(rng, desa, kinds[n % kinds.length] as (typeof kinds)[number]);
    }
    case 'perencanaan':
      return planning(rng, n, desa);
  }
}

export type { Draft };
