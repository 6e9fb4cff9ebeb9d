import { describe, expect, it } from 'vitest';
import type { Project } from '../../src/domain/project/types';
import type { BoundaryFeature } from '../../src/domain/geo/boundaries';
import { insidePolygon } from '../../src/domain/geo/point-in-polygon';
import { displayStatus, legendEntries, styleFor, STATUS_COLOURS } from '../../src/domain/map/colours';
import {
  choroplethClasses,
  colourForValue,
  CHOROPLETH_ZERO,
  totalsByKecamatan,
} from '../../src/domain/map/choropleth';
import { boxOfGeometry, labelPoint, regencyBox } from '../../src/domain/map/bounds';
import { pointFeatures, shapeProjects, unlocatedProjects } from '../../src/domain/map/cluster-input';
import { nearestProject } from '../../src/domain/map/nearest';
import { sortProjects } from '../../src/domain/map/sort';

const KEC = { code: '32.16.05', name: 'Cikarang Utara', slug: 'cikarang-utara' };

function project(id: string, overrides: Partial<Project> = {}): Project {
  return {
    id,
    title: id,
    category: 'jalan',
    bidang: 'bm-peningkatan',
    status: 'pelaksanaan',
    regionSource: 'none',
    fundingSources: [],
    progress: { late: false, hasProgressData: false },
    ...overrides,
  };
}

const kritis = { kritis: true, period: 'I' as const, deviation: -15, reason: 'period-i-lag' as const };

describe('map colours', () => {
  it('shows indikasi kritis and lateness before the published status', () => {
    expect(displayStatus(project('a', { progress: { late: true, hasProgressData: true, kritis } }))).toBe(
      'kritis',
    );
    expect(displayStatus(project('b', { progress: { late: true, hasProgressData: true } }))).toBe(
      'terlambat',
    );
    expect(displayStatus(project('c', { status: 'selesai' }))).toBe('selesai');
  });

  it('dashes kritis work so colour is not the only signal', () => {
    const style = styleFor(
      project('a', { progress: { late: false, hasProgressData: true, kritis } }),
      'status',
    );
    expect(style).toEqual({ colour: STATUS_COLOURS.kritis, dashArray: '6 4' });
    expect(styleFor(project('b'), 'kategori').dashArray).toBeUndefined();
  });

  it('lists only the legend keys present, alarming states first, with counts', () => {
    const entries = legendEntries(
      [
        project('a', { status: 'selesai' }),
        project('b', { progress: { late: false, hasProgressData: true, kritis } }),
        project('c', { status: 'selesai' }),
      ],
      'status',
    );
    expect(entries.map((e) => [e.key, e.count])).toEqual([
      ['kritis', 1],
      ['selesai', 2],
    ]);
  });
});

describe('choropleth', () => {
  it('counts projects per kecamatan, including those without geometry, and sums known pagu', () => {
    const totals = totalsByKecamatan([
      project('a', { kecamatan: KEC, pagu: 100, geometry: { type: 'Point', coordinates: [107.1, -6.2] } }),
      project('b', { kecamatan: KEC }),
      project('c'),
    ]);
    expect([...totals.values()]).toEqual([{ ...KEC, count: 2, pagu: 100, unlocated: 1 }]);
  });

  it('makes quantile classes that cover every non-zero value, darkest on top', () => {
    const values = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 50];
    const classes = choroplethClasses(values);
    expect(classes).toHaveLength(5);
    expect(classes[0]!.min).toBe(1);
    expect(classes.at(-1)!.max).toBe(50);
    for (let i = 1; i < classes.length; i++) expect(classes[i]!.min).toBeGreaterThan(classes[i - 1]!.max);
    expect(colourForValue(0, classes)).toBe(CHOROPLETH_ZERO);
    expect(colourForValue(50, classes)).toBe('#08519c');
  });

  it('never splits equal values and copes with few distinct values', () => {
    const classes = choroplethClasses([3, 3, 3, 3, 9]);
    expect(classes.map((c) => [c.min, c.max])).toEqual([
      [3, 3],
      [9, 9],
    ]);
    expect(choroplethClasses([0, 0])).toEqual([]);
  });
});

describe('bounds and labels', () => {
  const lShape: BoundaryFeature = {
    type: 'Feature',
    properties: { kode: '32.16.99', nama: 'Contoh' },
    geometry: {
      type: 'Polygon',
      // An L: its area centroid falls outside, in the notch.
      coordinates: [
        [
          [0, 0],
          [10, 0],
          [10, 1],
          [1, 1],
          [1, 10],
          [0, 10],
          [0, 0],
        ],
      ],
    },
  };

  it('places a kecamatan label inside even a concave outline', () => {
    const point = labelPoint(lShape);
    const ring = (lShape.geometry.coordinates as [number, number][][])[0]!;
    expect(insidePolygon(point, [ring]) || ring.some(([x, y]) => x === point[0] && y === point[1])).toBe(
      true,
    );
  });

  it('gives Leaflet boxes as [[south, west], [north, east]]', () => {
    expect(
      boxOfGeometry({
        type: 'LineString',
        coordinates: [
          [107.1, -6.3],
          [107.2, -6.1],
        ],
      }),
    ).toEqual([
      [-6.3, 107.1],
      [-6.1, 107.2],
    ]);
    expect(regencyBox([lShape])).toEqual([
      [0, 0],
      [10, 10],
    ]);
    expect(regencyBox(undefined)[0][0]).toBeLessThan(-6);
  });
});

describe('drawing input', () => {
  const projects = [
    project('p', { geometry: { type: 'Point', coordinates: [107.1, -6.2] } }),
    project('l', {
      geometry: {
        type: 'LineString',
        coordinates: [
          [107, -6.3],
          [107.01, -6.3],
        ],
      },
    }),
    project('n'),
  ];

  it('clusters points only, draws shapes as they are, and never invents a point for the rest', () => {
    expect(pointFeatures(projects).map((f) => f.properties.id)).toEqual(['p']);
    expect(shapeProjects(projects).map((p) => p.id)).toEqual(['l']);
    expect(unlocatedProjects(projects).map((p) => p.id)).toEqual(['n']);
  });

  it('finds the project passing nearest a point, in metres', () => {
    const found = nearestProject(projects, [107.011, -6.3]);
    expect(found?.project.id).toBe('l');
    expect(found!.metres).toBeGreaterThan(100);
    expect(found!.metres).toBeLessThan(130);
    expect(nearestProject([project('n')], [107, -6])).toBeUndefined();
  });
});

describe('list sorting', () => {
  const withBudget = (id: string, pagu?: number, actual?: number, deviation?: number) =>
    project(id, { pagu, progress: { late: false, hasProgressData: true, actual, deviation } });
  const list = [
    withBudget('a', 5, 50, -3),
    withBudget('b'),
    withBudget('c', 9, 10, -20),
    withBudget('d', 5, 80, 2),
  ];

  it('sorts both ways, stable, with unknown figures always last', () => {
    expect(sortProjects(list, 'pagu-turun').map((p) => p.id)).toEqual(['c', 'a', 'd', 'b']);
    expect(sortProjects(list, 'pagu-naik').map((p) => p.id)).toEqual(['a', 'd', 'c', 'b']);
    expect(sortProjects(list, 'progres-naik').map((p) => p.id)).toEqual(['c', 'a', 'd', 'b']);
    expect(sortProjects(list, 'deviasi-naik').map((p) => p.id)).toEqual(['c', 'a', 'd', 'b']);
    expect(sortProjects(list, undefined)).toBe(list);
  });
});
