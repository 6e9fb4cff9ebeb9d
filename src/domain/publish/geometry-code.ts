import type { Geometry, Position } from '../geo/geometry';

/**
 * Map geometries in the index as integers: 1e-5 degrees, each vertex as the difference from the
 * one before (small numbers, which gzip well). `[kind, parts]`, where a line or ring is a flat list
 * [x0, y0, dx1, dy1, ...]. The geometry must already be rounded (simplifyForMap).
 */
export type GeometryCode =
  [0, number[]] | [1, number[]] | [2, number[][]] | [3, number[][]] | [4, number[][][]];

const SCALE = 1e5;

function encodeLine(line: readonly Position[]): number[] {
  const out: number[] = [];
  let x = 0;
  let y = 0;
  for (const [lng, lat] of line) {
    const nx = Math.round(lng * SCALE);
    const ny = Math.round(lat * SCALE);
    out.push(nx - x, ny - y);
    x = nx;
    y = ny;
  }
  return out;
}

function decodeLine(code: readonly number[]): Position[] | undefined {
  if (code.length < 2 || code.length % 2 !== 0) return undefined;
  const line: Position[] = [];
  let x = 0;
  let y = 0;
  for (let i = 0; i < code.length; i += 2) {
    x += code[i]!;
    y += code[i + 1]!;
    line.push([x / SCALE, y / SCALE]);
  }
  return line;
}

export function encodeGeometry(geometry: Geometry): GeometryCode {
  switch (geometry.type) {
    case 'Point':
      return [0, encodeLine([geometry.coordinates])];
    case 'LineString':
      return [1, encodeLine(geometry.coordinates)];
    case 'MultiLineString':
      return [2, geometry.coordinates.map(encodeLine)];
    case 'Polygon':
      return [3, geometry.coordinates.map(encodeLine)];
    case 'MultiPolygon':
      return [4, geometry.coordinates.map((polygon) => polygon.map(encodeLine))];
  }
}

const isIntList = (value: unknown): value is number[] =>
  Array.isArray(value) && value.every((n) => Number.isInteger(n));

function decodeLines(value: unknown, minPoints: number): Position[][] | undefined {
  if (!Array.isArray(value) || value.length === 0) return undefined;
  const lines: Position[][] = [];
  for (const part of value) {
    const line = isIntList(part) ? decodeLine(part) : undefined;
    if (!line || line.length < minPoints) return undefined;
    lines.push(line);
  }
  return lines;
}

/** The geometry back, or undefined when the code is not one (a damaged file draws nothing, not junk). */
export function decodeGeometry(code: unknown): Geometry | undefined {
  if (!Array.isArray(code) || code.length !== 2) return undefined;
  const [kind, body] = code as [unknown, unknown];
  switch (kind) {
    case 0: {
      const point = isIntList(body) && body.length === 2 ? decodeLine(body) : undefined;
      return point && { type: 'Point', coordinates: point[0]! };
    }
    case 1: {
      const line = isIntList(body) ? decodeLine(body) : undefined;
      return line && line.length >= 2 ? { type: 'LineString', coordinates: line } : undefined;
    }
    case 2: {
      const lines = decodeLines(body, 2);
      return lines && { type: 'MultiLineString', coordinates: lines };
    }
    case 3: {
      const rings = decodeLines(body, 4);
      return rings && { type: 'Polygon', coordinates: rings };
    }
    case 4: {
      if (!Array.isArray(body) || body.length === 0) return undefined;
      const polygons: Position[][][] = [];
      for (const polygon of body) {
        const rings = decodeLines(polygon, 4);
        if (!rings) return undefined;
        polygons.push(rings);
      }
      return { type: 'MultiPolygon', coordinates: polygons };
    }
    default:
      return undefined;
  }
}
