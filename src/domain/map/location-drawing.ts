import type { BoundaryCollection } from '../geo/boundaries';
import type { Position } from '../geo/geometry';
import type { Project } from '../project/types';
import { boxOfGeometry, boxOfPositions, polygonsOf, type LatLngBox } from './bounds';
import { fitOutline, linesOf } from './outline-projection';

const WIDTH = 320;
/** fitOutline's margin around the kecamatan: a share of its size on each side. */
const MARGIN = 0.08;

/** The location map's SVG, drawn once per project and boundaries (location-map.tsx memoises it). */
export interface LocationDrawing {
  width: number;
  height: number;
  /** Neighbouring kecamatan that reach into the picture; the rest would be drawn out of sight. */
  neighbours: { code: string; d: string }[];
  kecamatan?: string;
  shape?: { d: string; closed: boolean };
  point?: [number, number];
}

/**
 * The box grown by `share` of its size on each side, and by at least fitOutline's smallest span
 * (0.004°), which it gives a point or a short road so that the picture has ground around it.
 */
function grown([[south, west], [north, east]]: LatLngBox, share: number): LatLngBox {
  const dLat = Math.max((north - south) * share, 0.004);
  const dLng = Math.max((east - west) * share, 0.004);
  return [
    [south - dLat, west - dLng],
    [north + dLat, east + dLng],
  ];
}

const meets = (a: LatLngBox, b: LatLngBox) =>
  a[0][0] <= b[1][0] && b[0][0] <= a[1][0] && a[0][1] <= b[1][1] && b[0][1] <= a[1][1];

/**
 * Where the work is, in SVG units: its kecamatan fills the picture, with the project's line, area or
 * point on it. Undefined for a project without a usable location.
 *
 * Only the neighbours whose extent meets the picture are projected: the regency's outlines are
 * about 7,000 points, and projecting every one into path text was most of a slow phone's long
 * task when the boundaries arrived on a project page.
 */
export function locationDrawing(
  project: Project,
  boundaries?: BoundaryCollection,
): LocationDrawing | undefined {
  const { geometry, kecamatan } = project;
  if (!geometry) return undefined;
  const outline = kecamatan && boundaries?.features.find((f) => f.properties.kode === kecamatan.code);
  const rings: Position[][] = outline ? polygonsOf(outline).flat() : [];
  const box = (rings.length > 0 && boxOfPositions(rings.flat())) || boxOfGeometry(geometry);
  const projection = box && fitOutline(box, WIDTH, MARGIN);
  if (!box || !projection) return undefined;
  // What the picture shows: the box and its margin (grown a little more, to keep any edge).
  const seen = grown(box, MARGIN * 1.5);
  const neighbours: LocationDrawing['neighbours'] = [];
  for (const feature of boundaries?.features ?? []) {
    if (feature === outline) continue;
    const featureRings = polygonsOf(feature).flat();
    const featureBox = boxOfPositions(featureRings.flat());
    if (!featureBox || !meets(featureBox, seen)) continue;
    neighbours.push({ code: feature.properties.kode, d: projection.path(featureRings, true) });
  }
  const { lines, closed } = linesOf(geometry);
  return {
    width: projection.width,
    height: projection.height,
    neighbours,
    ...(rings.length > 0 && { kecamatan: projection.path(rings, true) }),
    ...(lines.length > 0 && { shape: { d: projection.path(lines, closed), closed } }),
    ...(geometry.type === 'Point' && { point: projection.point(geometry.coordinates) }),
  };
}
