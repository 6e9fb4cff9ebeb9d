import type { Geometry, Position } from '../geo/geometry';
import type { LatLngBox } from './bounds';

/**
 * Draws geometry into a small SVG without a map library: an equirectangular projection with the
 * longitude scaled by cos(latitude), which is true to shape at Bekasi's size (about 50 km). The
 * project page's location map uses it: it weighs nothing, prints, and needs no tile server.
 */
export interface OutlineProjection {
  width: number;
  height: number;
  /** [x, y] in SVG units; y grows southwards. */
  point(position: Position): [number, number];
  /** An SVG path `d` for rings (closed) or lines (open). */
  path(lines: readonly Position[][], closed: boolean): string;
}

/**
 * A projection that fits `box`, padded by `padding` (a share of its size on each side), into
 * `width` units across; the height follows from the box's shape. Undefined for an empty box.
 */
export function fitOutline(box: LatLngBox, width: number, padding = 0.08): OutlineProjection | undefined {
  const [[south, west], [north, east]] = box;
  const squeeze = Math.cos((((south + north) / 2) * Math.PI) / 180);
  // A point or a straight north-south road has no width: give it a little ground around it.
  const spanX = Math.max((east - west) * squeeze, 0.004);
  const spanY = Math.max(north - south, 0.004);
  if (!Number.isFinite(spanX) || !Number.isFinite(spanY)) return undefined;
  const scale = width / (spanX * (1 + 2 * padding));
  // Measured from the padded box's top-left corner, so the edges land on whole numbers.
  const left = ((west + east) / 2) * squeeze - (spanX * (1 + 2 * padding)) / 2;
  const top = (south + north) / 2 + (spanY * (1 + 2 * padding)) / 2;
  const height = Math.ceil(spanY * (1 + 2 * padding) * scale);
  // Tenths of a unit are finer than any screen shows; `+ 0` turns -0 into 0.
  const round = (n: number) => Math.round(n * 10) / 10 + 0;
  const point = ([lng, lat]: Position): [number, number] => [
    round((lng * squeeze - left) * scale),
    round((top - lat) * scale),
  ];
  return {
    width,
    height,
    point,
    path(lines, closed) {
      return lines
        .filter((line) => line.length > 0)
        .map((line) => `M${line.map((p) => point(p).join(' ')).join('L')}${closed ? 'Z' : ''}`)
        .join('');
    },
  };
}

/** The lines of a line or area geometry (rings for areas); none for a point. */
export function linesOf(geometry: Geometry): { lines: Position[][]; closed: boolean } {
  switch (geometry.type) {
    case 'Point':
      return { lines: [], closed: false };
    case 'LineString':
      return { lines: [geometry.coordinates], closed: false };
    case 'MultiLineString':
      return { lines: geometry.coordinates, closed: false };
    case 'Polygon':
      return { lines: geometry.coordinates, closed: true };
    case 'MultiPolygon':
      return { lines: geometry.coordinates.flat(), closed: true };
  }
}
