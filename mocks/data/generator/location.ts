/**
 * Places each work on the map inside its real boundary: lines (roads, rivers, channels, levees) of about
 * the stated length wander inside the kecamatan from a start inside the desa; bridges and pump houses are
 * points inside the desa. Grounded rows start from the researcher's approximate coordinates when those
 * fall inside the right area, otherwise from the nearest of several random points inside it.
 */
import { pointInArea, randomLineFrom, randomPointIn, type Position } from './geometry';
import type { Rng } from './prng';
import type { PackageSpec } from './types';
import type { Area, Wilayah } from './wilayah';

export type WorkGeometry =
  { type: 'Point'; coordinates: Position } | { type: 'LineString'; coordinates: Position[] };

const WIGGLE_DEG: Record<string, number> = { jalan: 8, normalisasi: 28, drainase: 5, tanggul: 12 };

function startPoint(rng: Rng, spec: PackageSpec, area: Area, kec: Area, firstTry: boolean): Position {
  const seed = spec.seedPosition;
  if (firstTry && seed && pointInArea(seed, area.geometry) && pointInArea(seed, kec.geometry)) return seed;
  for (let i = 0; i < 50; i++) {
    const p = randomPointIn(rng, area.geometry, area.bbox, firstTry && seed ? seed : undefined);
    if (pointInArea(p, kec.geometry)) return p;
  }
  return randomPointIn(rng, kec.geometry, kec.bbox);
}

export function placeGeometry(rng: Rng, spec: PackageSpec, w: Wilayah): WorkGeometry | null {
  if (spec.geometryKind === 'none') return null;
  const kec = w.kecamatanByCode.get(spec.kecamatanCode);
  if (!kec) throw new Error(`unknown kecamatan ${spec.kecamatanCode}`);
  const area = (spec.desaCode && w.byCode.get(spec.desaCode)) || kec;
  if (spec.geometryKind === 'point')
    return { type: 'Point', coordinates: startPoint(rng, spec, area, kec, true) };
  const length = spec.lengthM ?? 500;
  const wiggle = WIGGLE_DEG[spec.kategori] ?? 10;
  for (let attempt = 0; attempt < 60; attempt++) {
    // Long lines may not fit from a start near the desa edge: later attempts start anywhere in the kecamatan.
    const from =
      attempt < 30
        ? startPoint(rng, spec, area, kec, attempt === 0)
        : randomPointIn(rng, kec.geometry, kec.bbox);
    const line = randomLineFrom(rng, kec.geometry, from, length, wiggle);
    if (line) return { type: 'LineString', coordinates: line };
  }
  throw new Error(`could not fit a ${length} m line inside ${kec.name}`);
}
