import { useMemo } from 'react';
import { ChartCard } from '../../../components/chart-card/chart-card';
import { lazyDrawing } from '../../../components/chart-card/lazy-drawing';
import type { TableColumn } from '../../../components/data-table';
import { DEVIATION_COLOURS, DEVIATION_LIMIT_DASH } from '../../../components/chart-card/palette';
import { legendSpace, type LegendItem } from '../../../components/chart-card/svg-legend';
import type { DatasetMeta } from '../../../domain/dataset/types';
import type { ProjectDetail } from '../../../domain/project/types';
import { deviationSeries } from '../../../domain/progress/kurva-s';
import { formatDate } from '../../../domain/format/date';
import { formatNumber, formatPoints } from '../../../domain/format/number';
import { slugify } from '../../../domain/text/slug';
import { deviationTicks } from '../../../domain/progress/deviation-ticks';
import { useLanguage } from '../../../lib/i18n/language';
import { useMessages } from '../../../lib/i18n/messages';
import { kurvaSMessages } from './messages';
import type { DeviationRow as Row } from './project-deviation-drawing';

/** Height of the plot and its axes, px; the legend rows come on top. */
const PLOT_HEIGHT = 240;

/** Recharts loads with the drawing, when the card is drawn (below the fold, that is later). */
const DeviationDrawing = lazyDrawing(() =>
  import('./project-deviation-drawing').then((m) => m.ProjectDeviationDrawing),
);

/** realisasi − rencana at every report, against the lag limit of its period (−10, then −5 above 70 %). */
export function ProjectDeviationChart({
  project,
  meta,
  siteUrl,
}: {
  project: ProjectDetail;
  meta: DatasetMeta;
  siteUrl?: string;
}) {
  const t = useMessages(kurvaSMessages);
  const { locale } = useLanguage();
  const rows: Row[] = useMemo(
    () => deviationSeries(project).map((p) => ({ ...p, limit: -p.tolerance })),
    [project],
  );
  if (rows.length === 0) return null;
  const lastRow = rows[rows.length - 1]!;
  const beyond = rows.filter((r) => r.beyondTolerance).length;
  const summary = t.devSummary(
    rows.length,
    beyond,
    `${formatPoints(lastRow.deviation, locale)} (${formatDate(lastRow.date, locale)})`,
  );
  const columns: TableColumn<Row>[] = [
    { key: 'date', label: t.date, value: (r) => r.date, format: (r) => formatDate(r.date, locale) },
    {
      key: 'planned',
      label: t.plannedCol,
      value: (r) => r.planned,
      format: (r) => formatNumber(r.planned, locale, 2),
      numeric: true,
    },
    {
      key: 'actual',
      label: t.actualCol,
      value: (r) => r.actual,
      format: (r) => formatNumber(r.actual, locale, 2),
      numeric: true,
    },
    {
      key: 'deviation',
      label: t.deviationCol,
      value: (r) => r.deviation,
      format: (r) => formatPoints(r.deviation, locale),
      numeric: true,
    },
    { key: 'tolerance', label: t.toleranceCol, value: (r) => r.tolerance, numeric: true },
    { key: 'beyond', label: t.beyondCol, value: (r) => (r.beyondTolerance ? t.yes : t.no) },
  ];
  const legend: LegendItem[] = [
    { label: t.devAhead, colour: DEVIATION_COLOURS.ahead, kind: 'box' },
    { label: t.devBehind, colour: DEVIATION_COLOURS.behind, kind: 'box' },
    { label: t.devBeyond, colour: DEVIATION_COLOURS.beyond, kind: 'box' },
    { label: t.limit, colour: DEVIATION_COLOURS.beyond, kind: 'line', dash: DEVIATION_LIMIT_DASH },
  ];
  const height = PLOT_HEIGHT + legendSpace(legend.length);
  const axis = deviationTicks(
    Math.min(-12, ...rows.map((r) => r.deviation)),
    Math.max(5, ...rows.map((r) => r.deviation)),
  );
  return (
    <ChartCard
      chartId={`deviasi-${slugify(project.id)}`}
      title={t.devTitle(project.title)}
      summary={summary}
      meta={meta}
      siteUrl={siteUrl}
      columns={columns}
      rows={rows}
      rowKey={(r) => r.date}
      chartHeight={height}
    >
      <DeviationDrawing rows={rows} height={height} legend={legend} axis={axis} />
    </ChartCard>
  );
}
