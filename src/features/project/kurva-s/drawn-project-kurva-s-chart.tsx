import { ProjectKurvaSChart, type ProjectKurvaSChartProps } from './project-kurva-s-chart';
import { ProjectKurvaSDrawing } from './project-kurva-s-drawing';

export type DrawnProjectKurvaSChartProps = Omit<ProjectKurvaSChartProps, 'drawing'>;

/**
 * The project kurva S with its drawing in the same load, for a page that shows it at once (the
 * embed, a slide): one module to fetch instead of the card, then its drawing.
 */
export function DrawnProjectKurvaSChart(props: DrawnProjectKurvaSChartProps) {
  return <ProjectKurvaSChart {...props} drawing={ProjectKurvaSDrawing} />;
}
