import { render } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { FixedChartWidthContext } from '../../src/components/chart-card/chart-frame';
import type { DatasetMeta } from '../../src/domain/dataset/types';
import { DrawnProjectKurvaSChart } from '../../src/features/project/kurva-s/drawn-project-kurva-s-chart';
import { LanguageProvider } from '../../src/lib/i18n/language';
import { sampleProjects } from './aggregate-arbitraries';

const meta: DatasetMeta = { asOf: '2023-12-29', isSample: true, sourceUrl: 'paket.json' };
// A sample project with a plan that passes 70 % (where the tolerance narrows to 5 points).
const project = sampleProjects().find(
  (p) => p.plannedProgress.some((point) => point.value > 75) && p.actualProgress.length > 0,
)!;

function drawn() {
  const { container } = render(
    <LanguageProvider initial="id">
      <MemoryRouter>
        <FixedChartWidthContext.Provider value={600}>
          <DrawnProjectKurvaSChart project={project} meta={meta} />
        </FixedChartWidthContext.Provider>
      </MemoryRouter>
    </LanguageProvider>,
  );
  return container;
}

const pointsOf = (d: string) =>
  [...d.matchAll(/(-?[\d.]+),(-?[\d.]+)/g)].map((m) => ({ x: Number(m[1]), y: Number(m[2]) }));

describe('project kurva S', () => {
  it('shades the tolerance band under the plan, below the lines, from the plan down 10 or 5 points', () => {
    const svg = drawn().querySelector('svg.recharts-surface')!;
    const band = svg.querySelector('path.kurva-s-band')!;
    expect(band).not.toBeNull();
    const points = pointsOf(band.getAttribute('d')!);
    const rows = points.length / 2;
    const upper = points.slice(0, rows);
    const lower = points.slice(rows).reverse();
    // Same x for each row's top and bottom, left to right.
    upper.forEach((p, i) => expect(p.x).toBeCloseTo(lower[i]!.x, 5));
    for (let i = 1; i < upper.length; i++) expect(upper[i]!.x).toBeGreaterThan(upper[i - 1]!.x);
    // From 0 % at the bottom of the plot to 100 % at its top: one point is this many pixels.
    const heights = upper.map((p, i) => lower[i]!.y - p.y);
    const perPoint = Math.max(...heights) / 10;
    // 10 points up to a 70 % plan, 5 above (80 % and 100 %); 0 % at the start clamps the band.
    const widths = heights.map((h) => Math.round(h / perPoint));
    expect(widths).toContain(5);
    expect(widths).toContain(10);
    expect(heights.every((h) => h >= 0)).toBe(true);
    // Drawn before (under) the plan, actual and financial lines.
    const firstLine = svg.querySelector('.recharts-line')!;
    expect(band.compareDocumentPosition(firstLine) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });
});

describe('project kurva S table', () => {
  it('marks plan values read off the line with "≈" and says what that means, with no yes/no column', () => {
    const container = drawn();
    const table = container.querySelector('table.data-table')!;
    const headers = [...table.querySelectorAll('th')].map((th) => th.textContent);
    expect(headers).not.toContain('Rencana dibaca dari garis (tidak dipublikasikan)');
    expect(headers.every((h) => !/tidak dipublikasikan/.test(h ?? ''))).toBe(true);
    const plannedCells = [...table.querySelectorAll('tbody tr')].map(
      (tr) => tr.querySelectorAll('td')[headers.indexOf('Rencana fisik (%)')]?.textContent ?? '',
    );
    // The sample's reports fall between plan points: some plan values are read off the line.
    expect(plannedCells.some((cell) => cell.startsWith('≈ '))).toBe(true);
    expect(plannedCells.some((cell) => /^\d/.test(cell))).toBe(true);
    const note = container.querySelector('.data-table__note');
    expect(note?.textContent).toMatch(/^≈: rencana .* dibaca dari garis lurus di antara dua titik rencana/);
  });
});
