import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { BoundaryCollection } from '../../src/domain/geo/boundaries';
import type { Geometry } from '../../src/domain/geo/geometry';
import { polygonsOf } from '../../src/domain/map/bounds';
import { fitOutline } from '../../src/domain/map/outline-projection';
import type { Project } from '../../src/domain/project/types';
import { locationDrawing } from '../../src/domain/map/location-drawing';

const boundaries = JSON.parse(readFileSync('public/geo/kecamatan.geojson', 'utf8')) as BoundaryCollection;
const feature = (name: string) => boundaries.features.find((f) => f.properties.nama === name)!;

/** Only what the drawing reads: where the work is and its kecamatan. */
function projectIn(name: string, geometry: Geometry): Project {
  const { kode } = feature(name).properties;
  return {
    id: 'p',
    geometry,
    kecamatan: { code: kode, name, slug: name.toLowerCase() },
  } as unknown as Project;
}

const road: Geometry = {
  type: 'LineString',
  coordinates: [
    [107.0, -6.1],
    [107.01, -6.11],
  ],
};

describe('the project page location map', () => {
  it('draws the kecamatan, the work and the neighbours that reach into the picture', () => {
    const drawing = locationDrawing(projectIn('Tarumajaya', road), boundaries)!;
    expect(drawing.kecamatan).toMatch(/^M.*Z$/);
    expect(drawing.shape).toEqual({ d: expect.stringMatching(/^M[^Z]*$/), closed: false });
    const neighbours = drawing.neighbours.map((n) => n.code);
    expect(neighbours).toContain(feature('Babelan').properties.kode);
    // The far south of the regency cannot be in a picture of its northern coast.
    expect(neighbours).not.toContain(feature('Bojongmangu').properties.kode);
  });

  it('leaves out only neighbours that have no point inside the picture', () => {
    for (const home of ['Tarumajaya', 'Cikarang Pusat', 'Bojongmangu', 'Setu']) {
      const drawing = locationDrawing(projectIn(home, road), boundaries)!;
      const ring = polygonsOf(feature(home)).flat();
      const xs = ring.flat().map(([lng]) => lng!);
      const ys = ring.flat().map(([, lat]) => lat!);
      const projection = fitOutline(
        [
          [Math.min(...ys), Math.min(...xs)],
          [Math.max(...ys), Math.max(...xs)],
        ],
        drawing.width,
      )!;
      const drawn = new Set(drawing.neighbours.map((n) => n.code));
      for (const other of boundaries.features) {
        if (other === feature(home) || drawn.has(other.properties.kode)) continue;
        const inside = polygonsOf(other)
          .flat(2)
          .some((position) => {
            const [x, y] = projection.point(position);
            return x >= 0 && x <= drawing.width && y >= 0 && y <= drawing.height;
          });
        expect(inside, `${other.properties.nama} left out of ${home}'s picture`).toBe(false);
      }
      expect(drawing.neighbours.length).toBeLessThan(boundaries.features.length - 1);
    }
  });

  it('gives a point with no kecamatan outline ground of its own', () => {
    const drawing = locationDrawing(
      projectIn('Setu', { type: 'Point', coordinates: [107.05, -6.35] }),
      undefined,
    )!;
    expect(drawing.point).toEqual([expect.any(Number), expect.any(Number)]);
    expect(drawing.neighbours).toEqual([]);
    expect(drawing.kecamatan).toBeUndefined();
  });

  it('draws nothing for a project without a location', () => {
    expect(locationDrawing({ id: 'p' } as unknown as Project, boundaries)).toBeUndefined();
  });
});
