import { render } from '@testing-library/react';
import { XAxis, YAxis } from 'recharts';
import { describe, expect, it } from 'vitest';
import { FixedChartWidthContext } from '../../src/components/chart-card/chart-frame';
import { KurvaSFrame, type AsOfMark } from '../../src/components/chart-card/kurva-s-frame';
import { kurvaSLegendItems } from '../../src/components/chart-card/kurva-s-legend';
import { KURVA_S_SERIES } from '../../src/components/chart-card/palette';

const names = { planned: 'Rencana', actual: 'Realisasi', financial: 'Keuangan' };
const rows = [
  { date: '2023-01-06', planned: 0, actual: 0, financial: 0 },
  { date: '2023-06-30', planned: 40, actual: 35, financial: 20 },
  { date: '2023-12-29', planned: 100, actual: 96, financial: 93 },
];

function drawn(props: { asOf?: AsOfMark; markPoints?: boolean }) {
  const { container } = render(
    <FixedChartWidthContext.Provider value={600}>
      <KurvaSFrame
        rows={rows}
        height={360}
        legend={kurvaSLegendItems(names)}
        names={names}
        axes={() => (
          <>
            <XAxis dataKey="date" />
            <YAxis domain={[0, 100]} />
          </>
        )}
        tooltip={{ formatter: String, labelFormatter: String }}
        {...props}
      />
    </FixedChartWidthContext.Provider>,
  );
  return container.querySelector('svg.recharts-surface')!;
}

describe('the kurva S frame both kurva S charts draw in', () => {
  it('draws the three lines as KURVA_S_SERIES says: colour, dash and width', () => {
    const lines = [...drawn({}).querySelectorAll('.recharts-line path.recharts-line-curve')];
    expect(lines).toHaveLength(3);
    const drawnAs = lines.map((line) => ({
      stroke: line.getAttribute('stroke'),
      dash: line.getAttribute('stroke-dasharray') ?? undefined,
      width: Number(line.getAttribute('stroke-width')),
    }));
    expect(drawnAs).toEqual(
      (['planned', 'actual', 'financial'] as const).map((series) => ({
        stroke: KURVA_S_SERIES[series].colour,
        dash: KURVA_S_SERIES[series].dash,
        width: KURVA_S_SERIES[series].width,
      })),
    );
  });

  it('marks the reported points only when asked, and never the plan', () => {
    expect(drawn({}).querySelectorAll('.recharts-line-dot')).toHaveLength(0);
    const dots = [...drawn({ markPoints: true }).querySelectorAll('.recharts-line-dot')];
    const perSeries = (name: string) => dots.filter((dot) => dot.getAttribute('name') === name).length;
    expect([perSeries('Rencana'), perSeries('Realisasi'), perSeries('Keuangan')]).toEqual([0, 3, 3]);
    // Actual progress as rings, payments as dots: they differ without colour too.
    const fillOf = (name: string) =>
      dots.find((dot) => dot.getAttribute('name') === name)!.getAttribute('fill');
    expect(fillOf('Realisasi')).toBe('#fff');
    expect(fillOf('Keuangan')).toBe(KURVA_S_SERIES.financial.colour);
  });

  it('draws the data date as a labelled line on the side where the label fits, or not at all', () => {
    expect(drawn({}).querySelector('.recharts-reference-line')).toBeNull();
    const svg = drawn({ asOf: { x: '2023-12-29', label: 'Data per 29 Des 2023', side: 'left' } });
    expect(svg.querySelector('.recharts-reference-line')).not.toBeNull();
    const label = svg.querySelector('.recharts-label')!;
    expect(label.textContent).toBe('Data per 29 Des 2023');
    // Left of a line at the right edge: the text ends at the line.
    expect(label.getAttribute('text-anchor')).toBe('end');
  });
});
