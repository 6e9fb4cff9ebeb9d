/**
 * The real administrative units (Kemendagri codes) and their boundaries, read from files already in the
 * repo: mocks/data/bekasi-wilayah.csv and mocks/data/geo/*.geojson. Paths are resolved from this module so the
 * generator works from any working directory (CLI, Vitest, benchmarks).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseCsvObjects } from './csv';
import { bboxOf, type AreaGeometry, type BBox } from './geometry';

export interface Area {
  code: string; // "32.16.05" or "32.16.05.2001"
  name: string;
  geometry: AreaGeometry;
  bbox: BBox;
}
export interface Kecamatan extends Area {
  desa: Area[];
}
export interface Wilayah {
  kecamatan: Kecamatan[];
  byCode: Map<string, Area>;
  kecamatanByCode: Map<string, Kecamatan>;
}

interface FeatureCollection {
  features: { id?: string; properties: { kode: string; nama: string }; geometry: AreaGeometry }[];
}

const here = (rel: string): string => fileURLToPath(new URL(rel, import.meta.url));

/** Lower-case, letters only: "Muara Bakti" and "Muarabakti" (the CSV spelling) compare equal. */
export const normalizeName = (s: string): string => s.toLowerCase().replace(/[^a-z]/g, '');

let cached: Wilayah | null = null;

export function loadWilayah(): Wilayah {
  if (cached) return cached;
  const csv = parseCsvObjects(readFileSync(here('../bekasi-wilayah.csv'), 'utf8'));
  const names = new Map(csv.map((r) => [r.code as string, r.name as string]));
  const read = (f: string): FeatureCollection =>
    JSON.parse(readFileSync(here(`../geo/${f}`), 'utf8')) as FeatureCollection;
  const toArea = (f: FeatureCollection['features'][number]): Area => ({
    code: f.properties.kode,
    name: names.get(f.properties.kode) ?? f.properties.nama,
    geometry: f.geometry,
    bbox: bboxOf(f.geometry),
  });
  const kecamatan: Kecamatan[] = read('bekasi-kecamatan.geojson')
    .features.map((f) => ({ ...toArea(f), desa: [] as Area[] }))
    .sort((a, b) => a.code.localeCompare(b.code));
  const kecamatanByCode = new Map(kecamatan.map((k) => [k.code, k]));
  const byCode = new Map<string, Area>(kecamatan.map((k) => [k.code, k]));
  const desa = read('bekasi-desa.geojson')
    .features.map(toArea)
    .sort((a, b) => a.code.localeCompare(b.code));
  for (const d of desa) {
    byCode.set(d.code, d);
    kecamatanByCode.get(d.code.slice(0, 8))?.desa.push(d);
  }
  cached = { kecamatan, byCode, kecamatanByCode };
  return cached;
}

export function findKecamatan(w: Wilayah, name: string): Kecamatan | undefined {
  const n = normalizeName(name);
  return w.kecamatan.find((k) => normalizeName(k.name) === n);
}

/** Desa by name inside one kecamatan; tolerant of "(perkiraan)" notes and "A / B" alternatives. */
export function findDesa(k: Kecamatan, raw: string): Area | undefined {
  const cleaned = raw.replace(/\([^)]*\)/g, '').split('/')[0] ?? '';
  const n = normalizeName(cleaned);
  if (!n) return undefined;
  return k.desa.find((d) => normalizeName(d.name) === n);
}
