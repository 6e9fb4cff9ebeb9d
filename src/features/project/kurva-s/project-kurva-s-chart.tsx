import { useMemo, type ComponentType, type ReactNode } from 'react';
import { ChartCard } from '../../../components/chart-card/chart-card';
import { TOLERANCE_BAND_COLOUR, TOLERANCE_BAND_OPACITY } from '../../../components/chart-card/palette';
import { kurvaSLegendItems } from '../../../components/chart-card/kurva-s-legend';
import { legendSpace, type LegendItem } from '../../../components/chart-card/svg-legend';
import type { DatasetMeta } from '../../../domain/dataset/types';
import type { ProjectDetail } from '../../../domain/project/types';
import { buildKurvaSRows } from '../../../domain/progress/kurva-s';
import { slugify } from '../../../domain/text/slug';
import { useLanguage } from '../../../lib/i18n/language';
import { useMessages } from '../../../lib/i18n/messages';
import { kurvaSColumns } from './kurva-s-table';
import { kurvaSSummary } from './kurva-s-summary';
import { kurvaSMessages } from './messages';
import { KurvaSEmpty } from './kurva-s-empty';
import type { ProjectKurvaSDrawingProps } from './project-kurva-s-drawing';

/** Height of the plot and its axes, px; the legend rows come on top. */
const PLOT_HEIGHT = 300;

export interface ProjectKurvaSChartProps {
  project: ProjectDetail;
  meta: DatasetMeta;
  siteUrl?: string;
  /** More actions beside the downloads, e.g. "Sematkan" in the embed builder. */
  actions?: ReactNode;
  headingLevel?: 2 | 3;
  /**
   * The drawing itself (Recharts), given by the page: loaded with the card where it is shown at
   * once (DrawnProjectKurvaSChart), or when the card is drawn (LazyProjectKurvaSDrawing).
   */
  drawing: ComponentType<ProjectKurvaSDrawingProps>;
}

/**
 * Planned vs actual cumulative physical progress with the tolerance band of the kritis rule, and
 * financial progress beside it. Reused by the embed and presentation views, so it needs only props.
 */
export function ProjectKurvaSChart({
  project,
  meta,
  siteUrl,
  actions,
  headingLevel = 2,
  drawing: Drawing,
}: ProjectKurvaSChartProps) {
  const t = useMessages(kurvaSMessages);
  const { locale } = useLanguage();
  const rows = useMemo(() => buildKurvaSRows(project), [project]);
  const columns = useMemo(() => kurvaSColumns(t, locale), [t, locale]);
  const title = t.title(project.title);
  const summary = kurvaSSummary(project, rows, t, locale);
  if (rows.length === 0)
    return <KurvaSEmpty title={title} summary={summary} meta={meta} headingLevel={headingLevel} />;
  // Drawn inside the SVG: it travels with the PNG and the print, and costs no measuring pass.
  const legend: LegendItem[] = [
    ...kurvaSLegendItems(t),
    { label: t.bandLegend, colour: TOLERANCE_BAND_COLOUR, kind: 'box', opacity: TOLERANCE_BAND_OPACITY },
  ];
  const height = PLOT_HEIGHT + legendSpace(legend.length);
  return (
    <ChartCard
      chartId={`kurva-s-${slugify(project.id)}`}
      title={title}
      summary={summary}
      meta={meta}
      siteUrl={siteUrl}
      columns={columns}
      rows={rows}
      rowKey={(row) => row.date}
      chartHeight={height}
      headingLevel={headingLevel}
      actions={actions}
    >
      <Drawing rows={rows} height={height} legend={legend} meta={meta} />
    </ChartCard>
  );
}
