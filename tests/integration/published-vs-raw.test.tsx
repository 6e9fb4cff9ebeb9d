import { screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { server } from '../../mocks/node';
import { summaryMessages } from '../../src/features/charts/summary-messages';
import type { ProjectMapProps } from '../../src/features/map/project-map';
import { listingOf } from '../../src/domain/publish/listing';
import { makePackage, makeProject } from '../fixtures/oc4ids-builders';
import { FIXTURE_PACKAGES, readFixture } from '../fixtures/read-fixture-packages';
import { SERVE_MODES, servePackage, type ServeMode } from '../fixtures/serve-package';
import { renderRoute } from '../render-route';

// Leaflet needs a real canvas (the map is tested in Chromium): the stand-in shows what the page
// hands the map, every filtered project in order with the geometry it would draw.
vi.mock('../../src/features/map/project-map', () => ({
  ProjectMap: ({ projects }: ProjectMapProps) => (
    <div
      data-testid="map-stub"
      data-shapes={JSON.stringify(projects.map((p) => [p.id, p.geometry ?? null]))}
    />
  ),
}));

// Six pages in two modes; /statistik draws seven charts with their tables.
const SLOW = 90_000;

/** The files each render asked for: proof that each mode took its own path. */
let requested: string[] = [];
const onRequest = ({ request }: { request: Request }) => void requested.push(new URL(request.url).pathname);
beforeEach(() => server.events.on('request:start', onRequest));
afterEach(() => server.events.removeListener('request:start', onRequest));

/** Renders `path` once per mode and reads what it shows. */
async function inBothModes<T>(pkg: unknown, path: string, read: (page: HTMLElement) => Promise<T>) {
  const shown = {} as Record<ServeMode, T>;
  const files = {} as Record<ServeMode, string[]>;
  for (const mode of SERVE_MODES) {
    server.resetHandlers();
    servePackage(pkg, mode);
    requested = [];
    const { container, unmount } = renderRoute(path);
    shown[mode] = await read(container);
    files[mode] = requested;
    unmount();
  }
  expect(files.published.some((p) => p.endsWith('/index.json'))).toBe(true);
  expect(files.raw.some((p) => p.endsWith('/index.json'))).toBe(false);
  expect(files.raw.some((p) => p.endsWith('/paket.json'))).toBe(true);
  return shown;
}

async function mapPage(page: HTMLElement) {
  const count = await screen.findByTestId('project-count', {}, { timeout: 15_000 });
  const map = await screen.findByTestId('map-stub', {}, { timeout: 15_000 });
  const rows = [...page.querySelectorAll<HTMLElement>('button[data-project-id]')];
  return {
    count: [...count.querySelectorAll('data')].map((d) => Number(d.getAttribute('value'))),
    shapes: JSON.parse(map.dataset.shapes!) as [string, unknown][],
    rows: rows.map((row) => [row.dataset.projectId, row.querySelector('.pill--kritis') !== null]),
    rejected: screen.queryByTestId('rejected-notice')?.textContent ?? null,
  };
}

const tableText = (table: Element | null) =>
  table && [...table.querySelectorAll('tr')].map((tr) => [...tr.children].map((cell) => cell.textContent));

async function statisticsPage(page: HTMLElement) {
  await waitFor(() => expect(page.querySelector('[data-figure="paket"] data')).not.toBeNull(), {
    timeout: 15_000,
  });
  // A filtered programme kurva S waits for the weekly curves (an empty table meanwhile): read the
  // page once they are summed.
  const loading = summaryMessages.id.kurvaSLoading();
  await waitFor(
    () => {
      const kurvaS = page.querySelector('figure[data-chart="kurva-s-program"]');
      expect(kurvaS).not.toBeNull();
      expect(kurvaS!.textContent).not.toContain(loading);
    },
    { timeout: 15_000 },
  );
  const figures = [...page.querySelectorAll<HTMLElement>('[data-figure]')].map((figure) => [
    figure.dataset.figure,
    figure.querySelector('data')?.getAttribute('value') ?? figure.querySelector('dd')?.textContent,
  ]);
  const charts = [...page.querySelectorAll<HTMLElement>('figure[data-chart]')].map((chart) => [
    chart.dataset.chart,
    tableText(chart.querySelector('table')),
  ]);
  return { figures, charts, rejected: screen.queryByTestId('rejected-notice')?.textContent ?? null };
}

// Points without region codes: only the kecamatan boundaries place them (Cikarang Utara, Babelan).
const placedByBoundaries = makePackage([
  makeProject(),
  makeProject({
    id: 'oc4ids-test-0002',
    locations: [{ id: '1', geometry: { type: 'Point', coordinates: [107.02, -6.17] } }],
  }),
]);
const PACKAGES = [...FIXTURE_PACKAGES, ['placed-by-boundaries', placedByBoundaries] as const];

interface RawProject {
  id: string | number;
  budget?: { amount?: { amount?: unknown } };
}

describe.each(PACKAGES)('the %s package shows the same figures published and raw', (name, pkg) => {
  const raw = (pkg as { projects: RawProject[] }).projects;
  // Counted from the JSON alone. In these two packages a project is valid exactly when its budget
  // is a number and its id is new (the hostile one's two rejects fail on that).
  const valid = raw.filter(
    (p, i) => typeof p.budget?.amount?.amount === 'number' && raw.findIndex((q) => q.id === p.id) === i,
  );
  const pagu = valid.reduce((sum, p) => sum + (p.budget!.amount!.amount as number), 0);
  // As the domain reads the package: the kritis projects and the kecamatan with most projects.
  const rows = readFixture(pkg).projects.map(listingOf);
  const kritis = rows.filter((p) => p.progress.kritis?.kritis).map((p) => p.id);
  const bySlug = new Map<string, number>();
  for (const p of rows)
    if (p.kecamatan) bySlug.set(p.kecamatan.slug, (bySlug.get(p.kecamatan.slug) ?? 0) + 1);
  const busiest = [...bySlug].sort((a, b) => b[1] - a[1]).slice(0, 3);

  it(
    'on the map page: count, totals, the map, the list and the rejected notice',
    async () => {
      const shown = await inBothModes(pkg, '/', mapPage);
      expect(shown.raw).toEqual(shown.published);
      expect(shown.published.count.slice(0, 2)).toEqual([valid.length, pagu]);
      expect(shown.published.shapes).toHaveLength(valid.length);
      expect(shown.published.rows.length).toBeGreaterThan(0);
      if (name === 'hostile') expect(shown.published.rejected).toMatch(/2 proyek tidak dapat ditampilkan/);
      else expect(shown.published.rejected).toBeNull();
    },
    SLOW,
  );

  it(
    'lists the same kritis projects',
    async () => {
      const shown = await inBothModes(pkg, '/?status=kritis', mapPage);
      expect(shown.raw).toEqual(shown.published);
      expect(shown.published.shapes.map(([id]) => id).sort()).toEqual([...kritis].sort());
      expect(shown.published.rows.every(([, pill]) => pill)).toBe(true);
      if (name === 'sample') expect(kritis.length).toBeGreaterThan(0);
    },
    SLOW,
  );

  it.each(busiest)(
    'counts the same projects in kecamatan %s',
    async (slug, count) => {
      const shown = await inBothModes(pkg, `/?kecamatan=${slug}`, mapPage);
      expect(shown.raw).toEqual(shown.published);
      expect(shown.published.count[0]).toBe(count);
    },
    SLOW,
  );

  it(
    'on /statistik: every headline figure and every chart table',
    async () => {
      const shown = await inBothModes(pkg, '/statistik', statisticsPage);
      expect(shown.raw).toEqual(shown.published);
      const figures = Object.fromEntries(shown.published.figures);
      expect([Number(figures.paket), Number(figures.pagu)]).toEqual([valid.length, pagu]);
      const byKecamatan = shown.published.charts.find(([id]) => id === 'anggaran-kecamatan')!;
      expect(byKecamatan[1]!.length).toBeGreaterThan(bySlug.size);
    },
    SLOW,
  );

  it(
    'on /statistik filtered to one kecamatan: the kurva S summed from the weekly curves',
    async () => {
      const [slug] = busiest[0]!;
      const shown = await inBothModes(pkg, `/statistik?kecamatan=${slug}`, statisticsPage);
      expect(shown.raw).toEqual(shown.published);
      const kurvaS = shown.published.charts.find(([id]) => id === 'kurva-s-program')!;
      expect(kurvaS[1]!.length).toBeGreaterThan(1);
    },
    SLOW,
  );
});
