import { KURVA_S_SERIES } from './palette';
import type { LegendItem } from './svg-legend';

/** The three kurva S lines in the legend, as the programme chart and every project chart draw them. */
export function kurvaSLegendItems(labels: {
  planned: string;
  actual: string;
  financial: string;
}): LegendItem[] {
  return (['planned', 'actual', 'financial'] as const).map((series) => ({
    label: labels[series],
    colour: KURVA_S_SERIES[series].colour,
    kind: 'line',
    dash: KURVA_S_SERIES[series].dash,
  }));
}
