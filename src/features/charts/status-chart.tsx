import { useMemo } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  LabelList,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { ChartCard } from '../../components/chart-card/chart-card';
import type { TableColumn } from '../../components/data-table';
import { statusLabel } from '../../components/labels/domain-labels';
import { budgetByStatus, type BudgetBucket } from '../../domain/aggregate/breakdowns';
import type { ProjectStatus } from '../../domain/project/types';
import { formatNumber, formatRupiahShort } from '../../domain/format/number';
import { useLanguage } from '../../lib/i18n/language';
import { useMessages } from '../../lib/i18n/messages';
import type { ChartProps } from './chart-props';
import { chartMessages } from './messages';
import { AXIS_COLOUR, GRID_COLOUR, PALETTE, TICK_STYLE } from './palette';
import { summaryMessages } from './summary-messages';

/** Colours echo the meaning, but every bar is named on the axis and counted in its label. */
const STATUS_COLOURS: Record<ProjectStatus, string> = {
  persiapan: PALETTE.ochre,
  'gagal-tender': PALETTE.purple,
  pelaksanaan: PALETTE.blue,
  selesai: PALETTE.green,
  'putus-kontrak': PALETTE.vermillion,
  dibatalkan: PALETTE.grey,
  'tidak-diketahui': PALETTE.grey,
};

interface Row extends BudgetBucket<ProjectStatus> {
  label: string;
}

/** How many packages are in each published status. */
export function StatusChart({ projects, meta, siteUrl, actions, headingLevel }: ChartProps) {
  const t = useMessages(chartMessages);
  const s = useMessages(summaryMessages);
  const { locale } = useLanguage();
  const rows: Row[] = useMemo(
    () => budgetByStatus(projects).map((b) => ({ ...b, label: statusLabel(b.key, locale) })),
    [projects, locale],
  );
  const countOf = (status: ProjectStatus) => rows.find((r) => r.key === status)?.count ?? 0;
  const n = (value: number) => formatNumber(value, locale);
  const summary =
    rows.length > 0
      ? s.status(
          n(countOf('selesai')),
          n(projects.length),
          n(countOf('pelaksanaan')),
          n(countOf('putus-kontrak') + countOf('gagal-tender')),
        )
      : s.none();
  const columns: TableColumn<Row>[] = [
    { key: 'status', label: t.status, value: (r) => r.label },
    { key: 'count', label: t.packages, value: (r) => r.count, numeric: true, format: (r) => n(r.count) },
    {
      key: 'pagu',
      label: t.pagu,
      value: (r) => r.pagu,
      numeric: true,
      format: (r) => formatRupiahShort(r.pagu, locale),
    },
  ];

  return (
    <ChartCard
      chartId="status"
      title={t.titleStatus}
      summary={summary}
      meta={meta}
      siteUrl={siteUrl}
      columns={columns}
      rows={rows}
      rowKey={(r) => r.key}
      isEmpty={rows.length === 0}
      headingLevel={headingLevel}
      actions={actions}
    >
      <ResponsiveContainer width="100%" height={Math.max(200, rows.length * 40 + 48)}>
        <BarChart
          data={rows}
          layout="vertical"
          margin={{ top: 4, right: 48, bottom: 4, left: 4 }}
          accessibilityLayer
        >
          <CartesianGrid horizontal={false} stroke={GRID_COLOUR} />
          <XAxis type="number" allowDecimals={false} tick={TICK_STYLE} stroke={AXIS_COLOUR} />
          <YAxis
            type="category"
            dataKey="label"
            width={150}
            tick={TICK_STYLE}
            stroke={AXIS_COLOUR}
            interval={0}
          />
          <Tooltip formatter={(value) => (typeof value === 'number' ? n(value) : String(value))} />
          <Bar dataKey="count" name={t.packages} isAnimationActive={false}>
            {rows.map((row) => (
              <Cell key={row.key} fill={STATUS_COLOURS[row.key]} />
            ))}
            <LabelList dataKey="count" position="right" style={{ fontSize: 12, fill: '#1a1a1a' }} />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </ChartCard>
  );
}
