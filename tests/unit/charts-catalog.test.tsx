import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { SearchStateProvider } from '../../src/lib/route-state/search-state';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDrawings } from '../../src/components/chart-card/lazy-drawing';
import {
  CHART_CATALOG,
  CHART_IDS,
  chartById,
  chartTitle,
  isChartId,
} from '../../src/features/charts/catalog';
import { DelayedPackagesChart } from '../../src/features/charts/delayed-packages-chart';
import { delayedNameRoom } from '../../src/features/charts/delayed-packages-view';
import { wrapName } from '../../src/features/charts/format';
import { delayedData } from '../../src/features/charts/chart-data';
import { KurvaSProgrammeChart } from '../../src/features/charts/kurva-s-programme-chart';
import { LanguageProvider } from '../../src/lib/i18n/language';
import type { DatasetMeta } from '../../src/domain/dataset/types';
import type { Locale } from '../../src/lib/i18n/locale';
import type { ReactNode } from 'react';
import { sampleProjects } from './aggregate-arbitraries';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { ProgrammeCurveProvider } from '../../src/api/programme-curve';
import type { LoadedDataset } from '../../src/api/dataset-queries';
import { kurvaSSeries, programmeKurvaS } from '../../src/domain/aggregate/kurva-s';

const meta: DatasetMeta = { asOf: '2023-12-29', isSample: true, publisher: 'Penerbit Uji', sourceUrl: 'x' };
const projects = sampleProjects();

const dataset: LoadedDataset = {
  projects,
  rejected: [],
  meta,
  kurvaS: programmeKurvaS(projects, kurvaSSeries(projects, meta.asOf)),
  source: { kind: 'package', dataUrl: 'x' },
};

function renderIn(node: ReactNode, locale: Locale = 'id') {
  return render(
    <QueryClientProvider client={new QueryClient()}>
      <LanguageProvider initial={locale}>
        <ProgrammeCurveProvider dataset={dataset}>
          <MemoryRouter>
            <SearchStateProvider>{node}</SearchStateProvider>
          </MemoryRouter>
        </ProgrammeCurveProvider>
      </LanguageProvider>
    </QueryClientProvider>,
  );
}

// Recharts in jsdom is slow under load (two cores shared with other suites).
// The cards load their drawings' code when they draw (lazyDrawing): have it here, as an embed does.
beforeAll(() => loadDrawings());

describe('the chart catalog', { timeout: 60_000 }, () => {
  it('names every chart once, in kebab-case, with a title in both languages', () => {
    expect(CHART_CATALOG.map((c) => c.id)).toEqual([...CHART_IDS]);
    for (const id of CHART_IDS) {
      expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(chartTitle(id, 'id')).not.toBe(chartTitle(id, 'en'));
    }
    expect(isChartId('status')).toBe(true);
    expect(isChartId('tidak-ada')).toBe(false);
    expect(chartById('tidak-ada')).toBeUndefined();
  });

  // One chart per test, and DOM queries rather than role queries: jsdom is slow on big tables.
  it.each(CHART_CATALOG.map((entry) => [entry.id, entry] as const))(
    'draws %s for the sample data, with a summary, source and a table',
    (id, { Component }) => {
      const { container } = renderIn(
        <Component projects={projects} meta={meta} siteUrl="https://contoh.invalid" />,
      );
      const figure = container.querySelector<HTMLElement>(`figure[data-chart="${id}"]`)!;
      expect(figure).not.toBeNull();
      expect(figure.querySelector('svg.recharts-surface')).not.toBeNull();
      expect(figure.querySelector('h2')!.textContent).toBe(chartTitle(id, 'id'));
      expect(figure.querySelector('figcaption')!.textContent).toMatch(/Sumber: Penerbit Uji/);
      expect(figure.querySelectorAll('tbody tr').length).toBeGreaterThan(0);
      const summary = figure.querySelector('.chart-card__summary')!.textContent!;
      expect(summary).toMatch(/\d/);
      expect(summary).not.toMatch(/NaN|undefined|Infinity/);
    },
  );

  it('shows the empty state, not an axis, when a filter leaves nothing', () => {
    const { container } = renderIn(
      <>
        {CHART_CATALOG.map(({ id, Component }) => (
          <Component key={id} projects={[]} meta={meta} />
        ))}
      </>,
    );
    expect(container.querySelectorAll('figure')).toHaveLength(CHART_IDS.length);
    expect(container.querySelector('svg.recharts-surface')).toBeNull();
    expect(screen.getAllByRole('status')).toHaveLength(CHART_IDS.length);
    expect(container.textContent).not.toMatch(/NaN|undefined/);
  });

  it('speaks English with the same numbers', () => {
    renderIn(<KurvaSProgrammeChart projects={projects} meta={meta} />, 'en');
    expect(screen.getByRole('heading', { name: 'Programme S-curve: plan and actual' })).toBeInTheDocument();
    expect(screen.getByRole('img').getAttribute('aria-label')).toMatch(
      /^As of 29 December 2023, the programme is \d+\.\d%/,
    );
  });
});

describe('most delayed packages', { timeout: 60_000 }, () => {
  it('ranks them worst first and links each to its page', () => {
    renderIn(<DelayedPackagesChart projects={projects} meta={meta} limit={5} />);
    const list = screen.getByRole('list', { name: 'Paket paling tertinggal dari rencana' });
    const links = within(list).getAllByRole('link');
    expect(links).toHaveLength(5);
    expect(links[0]!.getAttribute('href')).toMatch(/^\/proyek\/oc4ids-/);
    const deviations = within(list)
      .getAllByRole('listitem')
      .map((item) => Number(/([−+]?)([\d,]+) poin/.exec(item.textContent!)![2]!.replace(',', '.')));
    expect(deviations).toEqual([...deviations].sort((a, b) => b - a));
  });

  it('writes each sample name whole on a 360 px phone: wrapped, never cut to "…"', () => {
    // The ranked names as the chart labels them, at the widths an embed draws on a phone.
    const top = delayedData(projects).top.map((d, i) => `${i + 1}. ${d.title}`);
    expect(top.length).toBeGreaterThan(0);
    for (const width of [304, 328]) {
      const { maxChars, lines } = delayedNameRoom(width);
      for (const name of top) expect(wrapName(name, maxChars, lines).join(' ')).toBe(name);
    }
  });
});
