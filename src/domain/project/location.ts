import type { Oc4idsLocation } from '../oc4ids/schema';
import type { Geometry, Position } from '../geo/geometry';
import { anchorOf, positionsOf } from '../geo/geometry';
import type { BoundaryIndex } from '../geo/boundaries';
import {
  desaByName,
  desaByRegionCode,
  isInsideRegencyBounds,
  kecamatanByName,
  kecamatanByRegionCode,
} from '../geo/regions';
import type { Kecamatan, LocationIssue, Region, RegionSource } from './types';

/** Gazetteer schemes whose identifiers are Kemendagri region codes (documented in the README). */
const KEMENDAGRI_SCHEMES = new Set(['ID-KEMENDAGRI', 'KEMENDAGRI', 'x_kemendagri']);

const isPosition = (value: unknown): value is Position =>
  Array.isArray(value) &&
  value.length >= 2 &&
  typeof value[0] === 'number' &&
  typeof value[1] === 'number' &&
  Number.isFinite(value[0]) &&
  Number.isFinite(value[1]);

const isLine = (value: unknown): value is Position[] =>
  Array.isArray(value) && value.length >= 2 && value.every(isPosition);

const isRing = (value: unknown): value is Position[] =>
  Array.isArray(value) && value.length >= 4 && value.every(isPosition);

const trim = (p: Position): Position => [p[0], p[1]];

/** Checks a GeoJSON geometry's shape; returns it with 2-D positions, or undefined. */
function readGeometry(raw: unknown): Geometry | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const { type, coordinates } = raw as { type?: unknown; coordinates?: unknown };
  switch (type) {
    case 'Point':
      return isPosition(coordinates) ? { type, coordinates: trim(coordinates) } : undefined;
    case 'LineString':
      return isLine(coordinates) ? { type, coordinates: coordinates.map(trim) } : undefined;
    case 'MultiLineString':
      return Array.isArray(coordinates) && coordinates.length > 0 && coordinates.every(isLine)
        ? { type, coordinates: coordinates.map((l) => l.map(trim)) }
        : undefined;
    case 'Polygon':
      return Array.isArray(coordinates) && coordinates.length > 0 && coordinates.every(isRing)
        ? { type, coordinates: coordinates.map((r) => r.map(trim)) }
        : undefined;
    case 'MultiPolygon':
      return Array.isArray(coordinates) &&
        coordinates.length > 0 &&
        coordinates.every((p) => Array.isArray(p) && p.length > 0 && p.every(isRing))
        ? { type, coordinates: (coordinates as Position[][][]).map((p) => p.map((r) => r.map(trim))) }
        : undefined;
    default:
      return undefined;
  }
}

export interface LocatedGeometry {
  geometry?: Geometry;
  issue?: LocationIssue;
}

/**
 * The first drawable geometry of a project. Coordinates that fall outside Kabupaten Bekasi are a
 * data problem, not something to draw in the sea: when swapping them lands inside, the publisher
 * wrote latitude first (as the official OC4IDS example does); otherwise they are simply outside.
 */
export function locateGeometry(locations: readonly Oc4idsLocation[]): LocatedGeometry {
  for (const location of locations) {
    if (location.geometry === undefined || location.geometry === null) continue;
    const geometry = readGeometry(location.geometry);
    if (!geometry) return { issue: 'invalid-geometry' };
    const positions = positionsOf(geometry);
    if (positions.every(isInsideRegencyBounds)) return { geometry };
    const swapped = positions.every(([a, b]) => isInsideRegencyBounds([b, a]));
    return { issue: swapped ? 'lat-lng-swapped' : 'outside-region' };
  }
  return {};
}

export interface ResolvedRegion {
  kecamatan?: Kecamatan;
  desa?: Region;
  source: RegionSource;
}

export function resolveRegion(
  locations: readonly Oc4idsLocation[],
  geometry: Geometry | undefined,
  boundaries: BoundaryIndex | undefined,
): ResolvedRegion {
  for (const location of locations) {
    const gazetteer = location.gazetteer;
    if (!gazetteer?.scheme || !KEMENDAGRI_SCHEMES.has(gazetteer.scheme)) continue;
    for (const code of gazetteer.identifiers ?? []) {
      const kecamatan = kecamatanByRegionCode(code);
      if (kecamatan) return { kecamatan, desa: desaByRegionCode(code), source: 'gazetteer' };
    }
  }
  if (geometry && boundaries) {
    const code = boundaries.kecamatanCodeAt(anchorOf(geometry));
    const kecamatan = code ? kecamatanByRegionCode(code) : undefined;
    if (kecamatan) return { kecamatan, desa: desaFromAddress(locations, kecamatan), source: 'geometry' };
  }
  for (const location of locations) {
    const names = [location.address?.region, location.address?.locality, location.description];
    for (const name of names) {
      const kecamatan = name ? kecamatanByName(name) : undefined;
      if (kecamatan) return { kecamatan, desa: desaFromAddress(locations, kecamatan), source: 'address' };
    }
  }
  return { source: 'none' };
}

function desaFromAddress(locations: readonly Oc4idsLocation[], kecamatan: Kecamatan): Region | undefined {
  for (const location of locations) {
    const locality = location.address?.locality;
    const desa = locality ? desaByName(locality, kecamatan.code) : undefined;
    if (desa) return desa;
  }
  return undefined;
}
