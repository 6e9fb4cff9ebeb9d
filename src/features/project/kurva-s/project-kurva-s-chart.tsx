import { useMemo, type ReactNode } from 'react';
import {
  Area,
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { ChartCard } from '../../../components/chart-card/chart-card';
import { KURVA_S_SERIES, TOLERANCE_BAND_COLOUR } from '../../../components/chart-card/palette';
import type { DatasetMeta } from '../../../domain/dataset/types';
import type { Project } from '../../../domain/project/types';
import { buildKurvaSRows } from '../../../domain/progress/kurva-s';
import { formatDate } from '../../../domain/format/date';
import { formatNumber } from '../../../domain/format/number';
import { slugify } from '../../../domain/text/slug';
import { useLanguage } from '../../../lib/i18n/language';
import { useMessages } from '../../../lib/i18n/messages';
import { kurvaSColumns } from './kurva-s-table';
import { kurvaSSummary } from './kurva-s-summary';
import { kurvaSMessages } from './messages';
import { KurvaSEmpty } from './kurva-s-empty';
import { KurvaSLegend } from './kurva-s-legend';

/** Drawing height, px: also reserved while the chart waits to be drawn. */
const CHART_HEIGHT = 320;

export interface ProjectKurvaSChartProps {
  project: Project;
  meta: DatasetMeta;
  siteUrl?: string;
  /** More actions beside the downloads, e.g. "Sematkan" in the embed builder. */
  actions?: ReactNode;
  headingLevel?: 2 | 3;
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
}: ProjectKurvaSChartProps) {
  const t = useMessages(kurvaSMessages);
  const { locale } = useLanguage();
  const rows = useMemo(() => buildKurvaSRows(project), [project]);
  const columns = useMemo(() => kurvaSColumns(t, locale), [t, locale]);
  const title = t.title(project.title);
  const summary = kurvaSSummary(project, rows, t, locale);
  if (rows.length === 0)
    return <KurvaSEmpty title={title} summary={summary} meta={meta} headingLevel={headingLevel} />;
  const asOfTime = Date.parse(`${meta.asOf}T00:00:00Z`);
  const first = rows[0]!.time;
  const last = rows[rows.length - 1]!.time;
  const tick = (time: number) => formatDate(new Date(time).toISOString().slice(0, 10), locale, 'short');
  const pct = (value: unknown) => (typeof value === 'number' ? `${formatNumber(value, locale, 2)} %` : '–');
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
      chartHeight={CHART_HEIGHT}
      headingLevel={headingLevel}
      actions={actions}
    >
      <ResponsiveContainer width="100%" height={CHART_HEIGHT}>
        <ComposedChart data={rows} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
          <CartesianGrid stroke="#e1e6eb" />
          <XAxis
            dataKey="time"
            type="number"
            scale="time"
            domain={first === last ? [first - 86_400_000 * 7, last + 86_400_000 * 7] : [first, last]}
            tickFormatter={tick}
            minTickGap={24}
          />
          <YAxis domain={[0, 100]} ticks={[0, 25, 50, 70, 100]} unit="%" width={48} />
          <Tooltip
            labelFormatter={(label) => (typeof label === 'number' ? tick(label) : String(label))}
            formatter={pct}
          />
          <Legend />
          <Area
            dataKey="band"
            name={t.band}
            stroke="none"
            fill={TOLERANCE_BAND_COLOUR}
            fillOpacity={0.35}
            connectNulls
            isAnimationActive={false}
          />
          <Line
            dataKey="planned"
            name={t.planned}
            stroke={KURVA_S_SERIES.planned.colour}
            strokeWidth={2}
            strokeDasharray={KURVA_S_SERIES.planned.dash}
            dot={false}
            connectNulls
            isAnimationActive={false}
          />
          <Line
            dataKey="actual"
            name={t.actual}
            stroke={KURVA_S_SERIES.actual.colour}
            strokeWidth={2.5}
            dot={{ r: 3 }}
            connectNulls
            isAnimationActive={false}
          />
          <Line
            dataKey="financial"
            name={t.financial}
            stroke={KURVA_S_SERIES.financial.colour}
            strokeWidth={2}
            strokeDasharray={KURVA_S_SERIES.financial.dash}
            dot={{ r: 3, strokeWidth: 0, fill: KURVA_S_SERIES.financial.colour }}
            connectNulls
            isAnimationActive={false}
          />
          {asOfTime >= first && asOfTime <= last && (
            <ReferenceLine
              x={asOfTime}
              stroke="#4a5560"
              strokeDasharray="3 3"
              label={{ value: `${t.asOf} ${tick(asOfTime)}`, position: 'insideTopLeft', fontSize: 12 }}
            />
          )}
        </ComposedChart>
      </ResponsiveContainer>
      <KurvaSLegend
        items={[
          { label: t.planned, color: KURVA_S_SERIES.planned.colour, dash: KURVA_S_SERIES.planned.dash },
          { label: t.actual, color: KURVA_S_SERIES.actual.colour },
          { label: t.financial, color: KURVA_S_SERIES.financial.colour, dash: KURVA_S_SERIES.financial.dash },
          { label: t.band, color: TOLERANCE_BAND_COLOUR, band: true },
        ]}
      />
    </ChartCard>
  );
}
