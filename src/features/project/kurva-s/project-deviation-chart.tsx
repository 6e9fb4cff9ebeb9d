import { useMemo } from 'react';
import {
  Bar,
  CartesianGrid,
  Cell,
  ComposedChart,
  Line,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { ChartCard } from '../../../components/chart-card/chart-card';
import { PlainTick } from '../../../components/chart-card/plain-tick';
import type { TableColumn } from '../../../components/data-table';
import { DEVIATION_COLOURS, GRID_COLOUR, INK_COLOUR } from '../../../components/chart-card/palette';
import { legendSpace, SvgLegend, type LegendItem } from '../../../components/chart-card/svg-legend';
import type { DatasetMeta } from '../../../domain/dataset/types';
import type { ProjectDetail } from '../../../domain/project/types';
import { deviationSeries, type DeviationPoint } from '../../../domain/progress/kurva-s';
import { formatDate } from '../../../domain/format/date';
import { formatNumber, formatPoints } from '../../../domain/format/number';
import { slugify } from '../../../domain/text/slug';
import { deviationTicks } from '../../../domain/progress/deviation-ticks';
import { useLanguage } from '../../../lib/i18n/language';
import { useMessages } from '../../../lib/i18n/messages';
import { kurvaSMessages } from './messages';

/** Height of the plot and its axes, px; the legend rows come on top. */
const PLOT_HEIGHT = 240;
const LIMIT_DASH = '5 4';

/** Which of the three colours a bar takes; the table and the legend say the same in words. */
function barColour(row: DeviationPoint): string {
  if (row.beyondTolerance) return DEVIATION_COLOURS.beyond;
  return row.deviation < 0 ? DEVIATION_COLOURS.behind : DEVIATION_COLOURS.ahead;
}

interface Row extends DeviationPoint {
  limit: number;
}

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
    { label: t.limit, colour: DEVIATION_COLOURS.beyond, kind: 'line', dash: LIMIT_DASH },
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
      <ResponsiveContainer width="100%" height={height}>
        <ComposedChart
          data={rows}
          margin={{ top: legendSpace(legend.length), right: 16, bottom: 8, left: 0 }}
        >
          <CartesianGrid stroke={GRID_COLOUR} />
          <XAxis
            dataKey="date"
            tickFormatter={(d: string) => formatDate(d, locale, 'short')}
            minTickGap={16}
            tick={PlainTick}
          />
          <YAxis domain={axis.domain} ticks={axis.ticks} interval={0} width={48} tick={PlainTick} />
          <Tooltip
            labelFormatter={(d) => formatDate(String(d), locale)}
            formatter={(v) => (typeof v === 'number' ? formatPoints(v, locale) : '–')}
          />
          <SvgLegend items={legend} />
          <ReferenceLine y={0} stroke={INK_COLOUR} />
          <Bar dataKey="deviation" name={t.deviation} isAnimationActive={false}>
            {rows.map((r) => (
              <Cell key={r.date} fill={barColour(r)} />
            ))}
          </Bar>
          <Line
            dataKey="limit"
            name={t.limit}
            type="stepAfter"
            stroke={DEVIATION_COLOURS.beyond}
            strokeDasharray={LIMIT_DASH}
            dot={false}
            isAnimationActive={false}
          />
        </ComposedChart>
      </ResponsiveContainer>
    </ChartCard>
  );
}
