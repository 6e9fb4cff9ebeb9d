import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { measureRoadLength } from '../../src/domain/aggregate/road-length';
import { lineLengthMetres, positionsOf, type Geometry, type Position } from '../../src/domain/geo/geometry';
import { simplifyForMap } from '../../src/domain/geo/simplify';
import { decodeGeometry, encodeGeometry } from '../../src/domain/publish/geometry-code';
import { decodeIndex, encodeIndex } from '../../src/domain/publish/index-file';
import { listingOf } from '../../src/domain/publish/listing';
import { makePackage, makeProject } from '../fixtures/oc4ids-builders';
import { readFixture } from '../fixtures/read-fixture-packages';

/** Half of the 1e-5 degree grid, and a little for floating point. */
const HALF_STEP = 0.5e-5 + 1e-12;
const onGrid = ([x, y]: Position) => Math.round(x * 1e5) / 1e5 === x && Math.round(y * 1e5) / 1e5 === y;
const nearAny = (p: Position, input: readonly Position[]) =>
  input.some(([x, y]) => Math.abs(p[0] - x) <= HALF_STEP && Math.abs(p[1] - y) <= HALF_STEP);
const rounded = ([x, y]: Position): Position => [Math.round(x * 1e5) / 1e5, Math.round(y * 1e5) / 1e5];

/** Unrounded vertices near Bekasi, as a publisher's GIS writes them. */
const vertex: fc.Arbitrary<Position> = fc.tuple(
  fc.double({ min: 106.95, max: 107.3, noNaN: true }),
  fc.double({ min: -6.5, max: -5.9, noNaN: true }),
);
/** A line that wanders by a few metres: much of it is below the map's tolerance. */
const wanderingLine = fc
  .tuple(
    vertex,
    fc.array(
      fc.tuple(
        fc.double({ min: -1e-4, max: 1e-4, noNaN: true }),
        fc.double({ min: -1e-4, max: 1e-4, noNaN: true }),
      ),
    ),
  )
  .map(([start, steps]) => {
    const line: Position[] = [start];
    for (const [dx, dy] of steps) line.push([line.at(-1)![0] + dx, line.at(-1)![1] + dy]);
    return line.length >= 2 ? line : [start, [start[0] + 1e-3, start[1]] as Position];
  });
/** A closed ring whose vertices are at least 1e-4 degrees apart (about 11 m: any real footprint). */
const ring = fc
  .uniqueArray(fc.tuple(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 60 })), {
    minLength: 3,
    maxLength: 12,
    selector: ([x, y]) => `${x},${y}`,
  })
  .chain((cells) =>
    fc.tuple(
      fc.constant(cells),
      fc.array(fc.double({ min: -3e-6, max: 3e-6, noNaN: true }), { minLength: 24, maxLength: 24 }),
    ),
  )
  .map(([cells, noise]) => {
    const r = cells.map(([x, y], i): Position => [
      107.1 + x * 1e-4 + noise[2 * i]!,
      -6.3 + y * 1e-4 + noise[2 * i + 1]!,
    ]);
    return [...r, r[0]!];
  });

function checkLine(output: readonly Position[], input: readonly Position[]) {
  expect(output.length).toBeGreaterThanOrEqual(2);
  expect(output[0]).toEqual(rounded(input[0]!));
  expect(output.at(-1)).toEqual(rounded(input.at(-1)!));
  for (const p of output) {
    expect(onGrid(p), `${p} on the 1e-5 grid`).toBe(true);
    expect(nearAny(p, input), `${p} is a vertex of the input, rounded`).toBe(true);
  }
}

describe('simplifyForMap', () => {
  it('keeps both ends and only (rounded) input vertices of any line', () => {
    fc.assert(
      fc.property(wanderingLine, (line) => {
        const out = simplifyForMap({ type: 'LineString', coordinates: line });
        if (out.type !== 'LineString') throw new Error(out.type);
        checkLine(out.coordinates, line);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps every ring a closed ring of at least 4 vertices, and every part', () => {
    fc.assert(
      fc.property(fc.array(ring, { minLength: 1, maxLength: 3 }), (rings) => {
        const out = simplifyForMap({ type: 'MultiPolygon', coordinates: [rings, rings.slice(0, 1)] });
        if (out.type !== 'MultiPolygon') throw new Error(out.type);
        expect(out.coordinates.map((p) => p.length)).toEqual([rings.length, 1]);
        out.coordinates[0]!.forEach((r, i) => {
          expect(r.length).toBeGreaterThanOrEqual(4);
          expect(r.at(-1)).toEqual(r[0]);
          checkLine(r, rings[i]!);
        });
      }),
      { numRuns: 200 },
    );
  });

  it('draws a straight line of 100 vertices with 2', () => {
    const line = Array.from({ length: 100 }, (_, i): Position => [107 + i * 0.001, -6.3 + i * 0.0005]);
    expect(simplifyForMap({ type: 'LineString', coordinates: line })).toEqual({
      type: 'LineString',
      coordinates: [rounded(line[0]!), rounded(line[99]!)],
    });
  });

  it('draws a line shorter than its rounding with two points, never one', () => {
    const out = simplifyForMap({
      type: 'MultiLineString',
      coordinates: [
        [
          [107.1, -6.2],
          [107.100001, -6.2],
        ],
      ],
    });
    expect(out).toEqual({
      type: 'MultiLineString',
      coordinates: [
        [
          [107.1, -6.2],
          [107.1, -6.2],
        ],
      ],
    });
  });

  it('keeps a sliver ring (thinner than the tolerance) a ring, unsimplified', () => {
    const sliver: Position[] = [
      [107.1, -6.2],
      [107.101, -6.2],
      [107.1005, -6.20001],
      [107.1, -6.2],
    ];
    expect(simplifyForMap({ type: 'Polygon', coordinates: [sliver] })).toEqual({
      type: 'Polygon',
      coordinates: [sliver],
    });
  });

  // A footprint under a metre (a culvert, a pillar) is a valid GeoJSON ring that rounding
  // collapses to one vertex: it has no outline at 1e-5 degrees, so it is drawn as a point, and
  // the project keeps its place on the map and on its page.
  it('draws an area under a metre wide as a point, never as a ring the map would refuse', () => {
    const tiny: Geometry = {
      type: 'Polygon',
      coordinates: [
        [
          [107.1, -6.2],
          [107.100001, -6.200001],
          [107.100002, -6.2],
          [107.1, -6.2],
        ],
      ],
    };
    const out = simplifyForMap(tiny);
    expect(out).toEqual({ type: 'Point', coordinates: [107.1, -6.2] });
    expect(decodeGeometry(JSON.parse(JSON.stringify(encodeGeometry(out))))).toEqual(out);
    // A hole that small is left out; the outline around it stays.
    const square: Position[] = [
      [107.1, -6.2],
      [107.11, -6.2],
      [107.11, -6.21],
      [107.1, -6.21],
      [107.1, -6.2],
    ];
    const holed: Geometry = { type: 'Polygon', coordinates: [square, tiny.coordinates[0]!] };
    expect(simplifyForMap(holed)).toEqual({ type: 'Polygon', coordinates: [square] });
  });
});

describe('road length', () => {
  // 100 vertices zigzagging ±2 m along a 1.1 km road: the map draws it straight.
  const zigzag = Array.from({ length: 100 }, (_, i): Position => [107.1 + i * 1e-4, -6.27 + (i % 2) * 2e-5]);
  const detail = readFixture(
    makePackage([
      makeProject({ locations: [{ id: '1', geometry: { type: 'LineString', coordinates: zigzag } }] }),
    ]),
  ).projects[0]!;

  it('is measured on the published line, not the one the map draws', () => {
    const row = listingOf(detail);
    expect(positionsOf(row.geometry!).length).toBeLessThan(10);
    expect(detail.roadLength).toEqual({ metres: lineLengthMetres(detail.geometry!), source: 'geometry' });
    expect(detail.roadLength!.metres).toBeGreaterThan(lineLengthMetres(row.geometry!) + 1);
    expect(row.roadLength).toEqual(detail.roadLength);
  });

  it('reaches the page through the index unchanged', () => {
    const meta = { asOf: '2023-08-15', isSample: false };
    const file = encodeIndex({
      meta,
      rejected: [],
      projects: [listingOf(detail)],
      kurvaS: { points: [], packages: 0, weight: 0 },
    });
    expect(decodeIndex(JSON.parse(JSON.stringify(file)), 'x').projects[0]!.roadLength).toEqual(
      detail.roadLength,
    );
  });

  it('prefers the line to the volume, and the volume to nothing', () => {
    const line: Geometry = { type: 'LineString', coordinates: zigzag };
    expect(measureRoadLength(line, { lengthM: 5 })).toEqual({
      metres: lineLengthMetres(line),
      source: 'geometry',
    });
    expect(measureRoadLength({ type: 'Point', coordinates: zigzag[0]! }, { lengthM: 5 })).toEqual({
      metres: 5,
      source: 'volume',
    });
    expect(measureRoadLength(undefined, { lengthM: Number.POSITIVE_INFINITY })).toBeUndefined();
  });
});

describe('decodeGeometry', () => {
  it.each<[string, unknown]>([
    ['a line of one point', [1, [10_710_000, -620_000]]],
    ['a ring of three points', [3, [[0, 0, 1, 0, 0, 1]]]],
    ['fractions', [0, [1.5, 2]]],
    ['an unknown kind', [9, [0, 0]]],
    ['no parts', [2, []]],
    ['not a code', { type: 'Point', coordinates: [107, -6] }],
  ])('draws nothing for %s', (_what, code) => {
    expect(decodeGeometry(code)).toBeUndefined();
  });
});
