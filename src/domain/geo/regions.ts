import wilayah from './wilayah.json';
import type { Kecamatan, Region } from '../project/types';
import { normalizeText } from '../text/normalize';

/**
 * Kemendagri region codes of Kabupaten Bekasi (Kepmendagri 300.2.2-2430/2025, via
 * github.com/cahyadsn/wilayah, MIT). Names are matched without spaces or case, so that
 * "Karang Bahagia" and "Karangbahagia" or "Muara Gembong" and "Muaragembong" are one kecamatan.
 */
export const KECAMATAN: readonly Kecamatan[] = wilayah.kecamatan;

const DESA: readonly (Region & { parent: string })[] = wilayah.desa;

const kecamatanByCode = new Map(KECAMATAN.map((k) => [k.code, k]));
const kecamatanBySlug = new Map(KECAMATAN.map((k) => [k.slug, k]));
const kecamatanByKey = new Map(KECAMATAN.map((k) => [nameKey(k.name), k]));
const desaByCode = new Map(DESA.map((d) => [d.code, d]));

function nameKey(name: string): string {
  return normalizeText(name)
    .replace(/^(kecamatan|kec)\b\.?/, '')
    .replace(/[^a-z0-9]/g, '');
}

/** Codes are accepted with or without dots: "32.16.05", "321605". */
function normalizeRegionCode(code: string): string {
  const digits = code.replace(/\D/g, '');
  if (digits.length === 6) return `${digits.slice(0, 2)}.${digits.slice(2, 4)}.${digits.slice(4, 6)}`;
  if (digits.length === 10)
    return `${digits.slice(0, 2)}.${digits.slice(2, 4)}.${digits.slice(4, 6)}.${digits.slice(6)}`;
  return code.trim();
}

export function kecamatanByRegionCode(code: string): Kecamatan | undefined {
  const normalized = normalizeRegionCode(code);
  return kecamatanByCode.get(normalized.slice(0, 8));
}

export function desaByRegionCode(code: string): Region | undefined {
  const desa = desaByCode.get(normalizeRegionCode(code));
  return desa && { code: desa.code, name: desa.name };
}

export function kecamatanBySlugName(slug: string): Kecamatan | undefined {
  return kecamatanBySlug.get(slug);
}

export function kecamatanByName(name: string): Kecamatan | undefined {
  return kecamatanByKey.get(nameKey(name));
}

/** A desa by name inside a kecamatan (desa names repeat across kecamatan). */
export function desaByName(name: string, kecamatanCode: string): Region | undefined {
  const key = nameKey(name);
  const desa = DESA.find((d) => d.parent === kecamatanCode && nameKey(d.name) === key);
  return desa && { code: desa.code, name: desa.name };
}

/** Bounding box of the regency with a margin: anything outside is not in Kabupaten Bekasi. */
export const REGENCY_BOUNDS = { minLng: 106.9, maxLng: 107.35, minLat: -6.55, maxLat: -5.85 } as const;

export function isInsideRegencyBounds([lng, lat]: [number, number]): boolean {
  return (
    lng >= REGENCY_BOUNDS.minLng &&
    lng <= REGENCY_BOUNDS.maxLng &&
    lat >= REGENCY_BOUNDS.minLat &&
    lat <= REGENCY_BOUNDS.maxLat
  );
}
