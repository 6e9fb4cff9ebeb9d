import { describe, expect, it } from 'vitest';
import { fitOutline, linesOf } from '../../src/domain/map/outline-projection';
import type { LatLngBox } from '../../src/domain/map/bounds';

// A box about Bekasi's latitude: 0.1° of latitude and 0.1° of longitude.
const box: LatLngBox = [
  [-6.3, 107.0],
  [-6.2, 107.1],
];

describe('fitOutline', () => {
  it('fits the padded box into the width and keeps the shape true (longitude scaled by cos lat)', () => {
    const projection = fitOutline(box, 300, 0)!;
    expect(projection.width).toBe(300);
    // cos(6.25°) ≈ 0.994: the box is a little taller than wide.
    expect(projection.height).toBe(Math.ceil(300 / Math.cos((6.25 * Math.PI) / 180)));
    expect(projection.point([107.0, -6.2])).toEqual([0, 0]);
    expect(projection.point([107.1, -6.3])[0]).toBe(300);
    expect(projection.point([107.1, -6.3])[1]).toBeCloseTo(projection.height, 0);
    expect(projection.point([107.05, -6.25])[0]).toBe(150);
  });

  it('leaves the padding as margin on each side', () => {
    const projection = fitOutline(box, 120, 0.1)!;
    const [x0] = projection.point([107.0, -6.25]);
    const [x1] = projection.point([107.1, -6.25]);
    expect(x0).toBeCloseTo(10, 1);
    expect(x1).toBeCloseTo(110, 1);
  });

  it('gives a single point ground around it instead of dividing by zero', () => {
    const projection = fitOutline(
      [
        [-6.25, 107.05],
        [-6.25, 107.05],
      ],
      200,
    )!;
    expect(projection.height).toBeGreaterThan(0);
    expect(projection.point([107.05, -6.25])[0]).toBe(100);
    expect(projection.point([107.05, -6.25])[1]).toBeCloseTo(projection.height / 2, 0);
  });

  it('returns nothing for a box that is not finite', () => {
    expect(
      fitOutline(
        [
          [Number.NaN, 107],
          [-6.2, 107.1],
        ],
        200,
      ),
    ).toBeUndefined();
  });

  it('writes open paths for lines and closed ones for rings, skipping empty lines', () => {
    const projection = fitOutline(box, 300, 0)!;
    const line = [
      [107.0, -6.2],
      [107.1, -6.2],
    ] as [number, number][];
    expect(projection.path([line, []], false)).toBe('M0 0L300 0');
    expect(projection.path([line], true)).toBe('M0 0L300 0Z');
  });
});

describe('linesOf', () => {
  it('gives the lines of lines, the rings of areas, and nothing for a point', () => {
    expect(linesOf({ type: 'Point', coordinates: [107, -6.2] })).toEqual({ lines: [], closed: false });
    expect(
      linesOf({
        type: 'LineString',
        coordinates: [
          [107, -6.2],
          [107.1, -6.2],
        ],
      }).lines,
    ).toHaveLength(1);
    const ring = [
      [107, -6.2],
      [107.1, -6.2],
      [107.1, -6.3],
      [107, -6.2],
    ] as [number, number][];
    expect(linesOf({ type: 'MultiPolygon', coordinates: [[ring], [ring, ring]] })).toEqual({
      lines: [ring, ring, ring],
      closed: true,
    });
  });
});
