import { useMemo } from 'react';
import { Link } from 'react-router';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartCard } from '../../components/chart-card/chart-card';
import { PlainTick } from '../../components/chart-card/plain-tick';
import type { TableColumn } from '../../components/data-table';
import { statusLabel } from '../../components/labels/domain-labels';
import { rankDelayed, type DelayedPackage } from '../../domain/aggregate/delayed';
import { formatDate } from '../../domain/format/date';
import { formatNumber, formatPoints } from '../../domain/format/number';
import { useLanguage } from '../../lib/i18n/language';
import { useMessages } from '../../lib/i18n/messages';
import type { ChartProps } from './chart-props';
import { shorten } from './format';
import { chartMessages } from './messages';
import { AXIS_COLOUR, GRID_COLOUR, PALETTE, TICK_STYLE } from '../../components/chart-card/palette';
import { summaryMessages } from './summary-messages';

interface Row extends DelayedPackage {
  rank: number;
  label: string;
}

const projectPath = (id: string) => `/proyek/${encodeURIComponent(id)}`;

/**
 * The packages furthest behind plan, ranked. The bars give the size of the lag; the numbered list
 * under the card links each package to its page (links cannot live inside the chart image).
 */
export function DelayedPackagesChart({
  projects,
  meta,
  siteUrl,
  actions,
  headingLevel,
  limit = 10,
}: ChartProps & { limit?: number }) {
  const t = useMessages(chartMessages);
  const s = useMessages(summaryMessages);
  const { locale } = useLanguage();
  const ranking = useMemo(() => rankDelayed(projects, limit), [projects, limit]);
  const rows: Row[] = ranking.top.map((d, i) => ({
    ...d,
    rank: i + 1,
    label: `${i + 1}. ${shorten(d.project.title, 34)}`,
  }));
  const height = Math.max(200, rows.length * 32 + 48);
  const first = rows[0];
  const summary = first
    ? s.delayed(
        formatNumber(ranking.behind, locale),
        first.project.title,
        formatPoints(first.deviation, locale),
      )
    : s.delayedNone();
  const columns: TableColumn<Row>[] = [
    { key: 'rank', label: t.rank, value: (r) => r.rank, numeric: true },
    {
      key: 'project',
      label: t.project,
      value: (r) => r.project.title,
      format: (r) => <Link to={projectPath(r.project.id)}>{r.project.title}</Link>,
    },
    { key: 'id', label: 'ID', value: (r) => r.project.id },
    { key: 'status', label: t.status, value: (r) => statusLabel(r.project.status, locale) },
    {
      key: 'deviation',
      label: t.deviation,
      value: (r) => r.deviation,
      numeric: true,
      format: (r) => formatPoints(r.deviation, locale),
    },
    {
      key: 'report',
      label: t.reportDate,
      value: (r) => r.project.progress.reportDate,
      format: (r) => formatDate(r.project.progress.reportDate, locale, 'short'),
    },
  ];

  return (
    <div className="delayed-packages">
      <ChartCard
        chartId="paket-terlambat"
        title={t.titleDelayed}
        summary={summary}
        meta={meta}
        siteUrl={siteUrl}
        columns={columns}
        rows={rows}
        rowKey={(r) => r.project.id}
        isEmpty={rows.length === 0}
        chartHeight={height}
        headingLevel={headingLevel}
        actions={actions}
      >
        <ResponsiveContainer width="100%" height={height}>
          <BarChart
            data={rows}
            layout="vertical"
            margin={{ top: 4, right: 24, bottom: 4, left: 4 }}
            accessibilityLayer
          >
            <CartesianGrid horizontal={false} stroke={GRID_COLOUR} />
            <XAxis
              type="number"
              dataKey="deviation"
              tickFormatter={(v: number) => formatPoints(v, locale)}
              tick={PlainTick}
              stroke={AXIS_COLOUR}
            />
            <YAxis
              type="category"
              dataKey="label"
              width={230}
              tick={TICK_STYLE}
              stroke={AXIS_COLOUR}
              interval={0}
            />
            <Tooltip
              formatter={(value) => (typeof value === 'number' ? formatPoints(value, locale) : String(value))}
            />
            <Bar dataKey="deviation" name={t.deviation} fill={PALETTE.vermillion} isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </ChartCard>
      {rows.length > 0 && (
        <ol className="delayed-list" aria-label={t.titleDelayed}>
          {rows.map((row) => (
            <li key={row.project.id}>
              <Link to={projectPath(row.project.id)}>{row.project.title}</Link>{' '}
              <span className="delayed-list__meta">
                {formatPoints(row.deviation, locale)} · {statusLabel(row.project.status, locale)}
              </span>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
