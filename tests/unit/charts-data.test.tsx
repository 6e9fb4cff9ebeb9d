import { render } from '@testing-library/react';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import type { ComponentType } from 'react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import samplePackage from '../../mocks/data/sample-package.json';
import { budgetByKecamatan } from '../../src/domain/aggregate/breakdowns';
import type { DatasetMeta } from '../../src/domain/dataset/types';
import { applyFilters } from '../../src/domain/filters/filters';
import { decodeIndex } from '../../src/domain/publish/index-file';
import { CHART_CATALOG } from '../../src/features/charts/catalog';
import { CHART_DATA, delayedData } from '../../src/features/charts/chart-data';
import { CHART_IDS, type ChartId } from '../../src/features/charts/chart-ids';
import type { ChartProps } from '../../src/features/charts/chart-props';
import { decodeEmbedFile, embedFilePath, type EmbedFile } from '../../src/features/charts/embed-file';
import { ChartDataError, readChartData } from '../../src/features/charts/read-chart-data';
import { LanguageProvider } from '../../src/lib/i18n/language';
import { SearchStateProvider } from '../../src/lib/route-state/search-state';
import { publishPackage } from '../../tools/publish/publish-folder';
import { EMBED_VIEWS } from '../../src/embed/chart-views';
import { AppChartChrome } from '../../src/components/chart-card/app-chrome';
import { projectArbitrary } from './aggregate-arbitraries';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { ProgrammeCurveProvider } from '../../src/api/programme-curve';
import type { LoadedDataset } from '../../src/api/dataset-queries';
import { decodeSeries } from '../../src/domain/publish/series-file';
import { programmeKurvaS } from '../../src/domain/aggregate/kurva-s';

const published = new Map(
  publishPackage({
    packageText: JSON.stringify(samplePackage),
    boundariesText: readFileSync('public/geo/kecamatan.geojson', 'utf8'),
    fallbackAsOf: '2024-01-01',
  }).files(),
);
const index = decodeIndex(JSON.parse(published.get('index.json')!), 'paket.json');
const series = decodeSeries(JSON.parse(published.get('kurva-s.json')!));
const meta: DatasetMeta = index.meta;

function embedFile<C extends ChartId>(chart: C, path = embedFilePath(chart)!): EmbedFile<C> {
  const text = published.get(path);
  if (!text) throw new Error(`no ${path}`);
  const json = JSON.parse(text) as { filter?: EmbedFile['filter'] };
  return decodeEmbedFile(json, chart, json.filter);
}

/** The text a card shows: title, filters, summary, table and caption (the SVG is compared apart). */
function cardText(container: HTMLElement): string {
  const figure = container.querySelector('figure')!;
  return [
    figure.querySelector('h2')?.textContent,
    figure.querySelector('.chart-card__summary')?.textContent,
    figure.querySelector('table')?.textContent,
    figure.querySelector('figcaption')?.textContent,
  ].join('\n');
}

function bars(container: HTMLElement): string[] {
  return [...container.querySelectorAll('.recharts-bar-rectangle path, .recharts-line-curve')].map(
    (node) => node.getAttribute('d') ?? '',
  );
}

/**
 * The same shapes to a hundredth of a pixel: the published file keeps four decimals of each
 * fraction (tools/publish/embed-files.ts), far below what a screen can show.
 */
function expectSameDrawing(drawn: string[], expected: string[]) {
  const numbers = (path: string) => path.match(/-?\d+(?:\.\d+)?/g)?.map(Number) ?? [];
  expect(drawn.map((path) => path.replace(/-?\d+(?:\.\d+)?/g, '#'))).toEqual(
    expected.map((path) => path.replace(/-?\d+(?:\.\d+)?/g, '#')),
  );
  drawn.forEach((path, i) => {
    const want = numbers(expected[i]!);
    numbers(path).forEach((value, j) => expect(Math.abs(value - want[j]!)).toBeLessThan(0.01));
  });
}

const dataset: LoadedDataset = {
  ...index,
  projects: [...index.projects],
  source: { kind: 'published', indexUrl: 'x', dataUrl: 'paket.json' },
};

function renderIn(node: React.ReactNode) {
  return render(
    <QueryClientProvider client={new QueryClient()}>
      <LanguageProvider initial="id">
        <ProgrammeCurveProvider dataset={dataset}>
          <MemoryRouter>
            <SearchStateProvider>{node}</SearchStateProvider>
          </MemoryRouter>
        </ProgrammeCurveProvider>
      </LanguageProvider>
    </QueryClientProvider>,
  );
}

describe('each chart is a pure data function and a view', { timeout: 60_000 }, () => {
  it.each(CHART_CATALOG.map((entry) => [entry.id, entry.Component] as const))(
    '%s: the published embed file draws exactly what the app draws',
    async (id, Component: ComponentType<ChartProps>) => {
      const app = renderIn(<Component projects={dataset.projects} meta={meta} />);
      const { View } = await EMBED_VIEWS[id]();
      const file = embedFile(id);
      // The same card chrome as the app's, so everything but where the data came from is equal.
      const embed = renderIn(
        <AppChartChrome>
          <View
            data={file.data}
            meta={meta}
            projectLink={({ title }) => <a href="#x">{title}</a>}
            contractorLink={({ name }) => <a href="#x">{name}</a>}
          />
        </AppChartChrome>,
      );
      expect(cardText(embed.container)).toBe(cardText(app.container));
      expectSameDrawing(bars(embed.container), bars(app.container));
      expect(bars(app.container).length).toBeGreaterThan(0);
    },
  );

  it('publishes every chart for no filter and each single filter value', () => {
    const paths = [...published.keys()].filter((path) => path.startsWith('embed/'));
    // 1 + 23 kecamatan + 7 kategori + 9 status + the funding sources the sample names.
    const perChart = paths.length / CHART_IDS.length;
    expect(Number.isInteger(perChart)).toBe(true);
    expect(perChart).toBeGreaterThanOrEqual(1 + 23 + 7 + 9 + 1);
    expect(paths).toContain('embed/anggaran-kecamatan/kategori-jalan.json');
    expect(paths).toContain('embed/kurva-s-program/status-kritis.json');
    expect(paths).toContain('embed/status/kecamatan-tambun-selatan.json');
  });

  it('writes filtered files from the same filter the app applies', () => {
    const file = embedFile('anggaran-kecamatan', 'embed/anggaran-kecamatan/kategori-jalan.json');
    expect(file.filter).toEqual({ param: 'kategori', value: 'jalan' });
    const expected = budgetByKecamatan(applyFilters(index.projects, { kategori: 'jalan' }));
    expect(file.data).toEqual(JSON.parse(JSON.stringify(expected)));
    const all = embedFile('anggaran-kecamatan').data.reduce((sum, b) => sum + b.pagu, 0);
    expect(file.data.reduce((sum, b) => sum + b.pagu, 0)).toBeLessThan(all);
    const babelan = embedFile('status', 'embed/status/kecamatan-babelan.json');
    expect(babelan.names).toEqual({ kecamatan: 'Babelan' });
  });

  it('publishes the programme kurva S of all projects as the index has it', () => {
    const curve = embedFile('kurva-s-program').data;
    expect(curve.packages).toBe(index.kurvaS.packages);
    curve.points.forEach((point, i) => {
      expect(point.planned).toBeCloseTo(index.kurvaS.points[i]!.planned, 3);
    });
    const jalan = embedFile('kurva-s-program', 'embed/kurva-s-program/kategori-jalan.json').data;
    const expected = programmeKurvaS(applyFilters(index.projects, { kategori: 'jalan' }), series);
    expect(jalan.packages).toBe(expected.packages);
  });

  it('keeps every chart data JSON as it is (numbers, text, no functions)', () => {
    fc.assert(
      fc.property(fc.array(projectArbitrary, { maxLength: 40 }), (projects) => {
        for (const chart of CHART_IDS) {
          if (chart === 'kurva-s-program') continue;
          const data = CHART_DATA[chart](projects, series);
          const copy = JSON.parse(JSON.stringify(data)) as unknown;
          expect(readChartData(chart, copy)).toEqual(copy);
        }
      }),
      { numRuns: 30 },
    );
  });

  it('keeps only what the delayed chart shows of each project', () => {
    const data = delayedData(index.projects, 3);
    expect(data.top).toHaveLength(3);
    expect(Object.keys(data.top[0]!).sort()).toEqual(['deviation', 'id', 'reportDate', 'status', 'title']);
    expect(data.top[0]!.deviation).toBeLessThanOrEqual(data.top[2]!.deviation);
  });
});

describe('reading a published chart file', () => {
  it('refuses data that does not have the chart shape', () => {
    expect(() => readChartData('status', [{ key: 'selesai', count: 'x' }])).toThrow(ChartDataError);
    expect(() =>
      readChartData('status', [{ key: '<img>', count: 1, pagu: 1, contractValue: 1, paid: 1 }]),
    ).toThrow(ChartDataError);
    expect(() => readChartData('anggaran-kecamatan', { key: 'a' })).toThrow(ChartDataError);
    expect(() =>
      readChartData('kurva-s-program', { points: [{ date: 'x' }], packages: 1, weight: 1 }),
    ).toThrow(ChartDataError);
    expect(() =>
      readChartData('paket-terlambat', {
        behind: 1,
        top: [{ id: 'a', title: 1, status: 'selesai', deviation: -1 }],
      }),
    ).toThrow(ChartDataError);
    const contractors = { contractValue: 1, top5Value: 1, contractors: 1, noContractor: 0, noValue: 0 };
    const firm = { key: 'cv-a', name: 'CV A', contracts: 1, contractValue: 1 };
    expect(readChartData('penyedia-terbesar', { ...contractors, top: [firm] }).top).toEqual([firm]);
    // The key becomes a link: only a slug (or none) is accepted.
    expect(() =>
      readChartData('penyedia-terbesar', { ...contractors, top: [{ ...firm, key: '../x?y' }] }),
    ).toThrow(ChartDataError);
    expect(() => readChartData('penyedia-terbesar', { ...contractors, noValue: 'x', top: [] })).toThrow(
      ChartDataError,
    );
  });

  it('keeps hostile text as text', () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const data = readChartData('anggaran-kecamatan', [
      { key: 'x', name: hostile, count: 1, pagu: 1, contractValue: 0, paid: 0 },
    ]);
    expect(data[0]!.name).toBe(hostile);
  });

  it('refuses a file of another chart, another filter or another format', () => {
    const text = JSON.parse(published.get('embed/status.json')!) as Record<string, unknown>;
    expect(() => decodeEmbedFile(text, 'anggaran-kecamatan', undefined)).toThrow(/grafik lain/);
    expect(() => decodeEmbedFile(text, 'status', { param: 'kategori', value: 'jalan' })).toThrow(
      /filter lain/,
    );
    expect(() => decodeEmbedFile({ ...text, version: 2 }, 'status', undefined)).toThrow(/format/);
    expect(() => decodeEmbedFile({ ...text, meta: { asOf: 1 } }, 'status', undefined)).toThrow(/meta/);
  });

  it('names no file for a value that is not a slug', () => {
    expect(embedFilePath('status', { param: 'kecamatan', value: '../../index' })).toBeUndefined();
    expect(embedFilePath('status', { param: 'sumber', value: 'APBD' })).toBeUndefined();
    expect(embedFilePath('status', { param: 'sumber', value: 'apbd-p' })).toBe(
      'embed/status/sumber-apbd-p.json',
    );
  });
});
