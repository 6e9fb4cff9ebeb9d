import { useMemo } from 'react';
import { Bar, Cell, LabelList } from 'recharts';
import { statusLabel } from '../../components/labels/domain-labels';
import { budgetByStatus, type BudgetBucket } from '../../domain/aggregate/breakdowns';
import type { ProjectStatus } from '../../domain/project/types';
import { formatNumber } from '../../domain/format/number';
import { useLanguage } from '../../lib/i18n/language';
import { useMessages } from '../../lib/i18n/messages';
import type { ChartProps } from './chart-props';
import { HorizontalBarChartCard } from './horizontal-bar-chart-card';
import { chartMessages } from './messages';
import { PALETTE } from '../../components/chart-card/palette';
import { summaryMessages } from './summary-messages';
import { countColumn, labelColumn, moneyColumn } from './table-columns';

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
export function StatusChart({ projects, ...card }: ChartProps) {
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
  const columns = [
    labelColumn<Row>('status', t.status),
    countColumn<Row>(t.packages, locale),
    moneyColumn<Row>('pagu', t.pagu, (r) => r.pagu, locale),
  ];

  return (
    <HorizontalBarChartCard
      {...card}
      chartId="status"
      title={t.titleStatus}
      summary={summary}
      columns={columns}
      rows={rows}
      rowHeight={40}
      minHeight={200}
      marginRight={48}
      labelWidth={150}
      valueAxis={{ allowDecimals: false }}
      tooltipFormatter={(value) => (typeof value === 'number' ? n(value) : String(value))}
    >
      <Bar dataKey="count" name={t.packages} isAnimationActive={false}>
        {rows.map((row) => (
          <Cell key={row.key} fill={STATUS_COLOURS[row.key]} />
        ))}
        <LabelList dataKey="count" position="right" style={{ fontSize: 12, fill: '#1a1a1a' }} />
      </Bar>
    </HorizontalBarChartCard>
  );
}
