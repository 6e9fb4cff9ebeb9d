import { useMemo } from 'react';
import { statusLabel } from '../../components/labels/domain-labels';
import type { BudgetBucket } from '../../domain/aggregate/breakdowns';
import type { ProjectStatus } from '../../domain/project/types';
import { formatNumber } from '../../domain/format/number';
import { useLanguage } from '../../lib/i18n/language';
import { useMessages } from '../../lib/i18n/messages';
import type { ChartViewProps } from './chart-view-props';
import { valueLabelRoom } from './format';
import { HorizontalBarChartCard } from './horizontal-bar-chart-card';
import { chartMessages } from './messages';
import { PALETTE } from '../../components/chart-card/palette';
import { statusSummary } from './summaries/status';
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

const COUNT_LABEL_STYLE = { fontSize: 12, fill: '#1a1a1a' } as const;

interface Row extends BudgetBucket<ProjectStatus> {
  label: string;
}

/** How many packages are in each published status. */
export function StatusView({ data, ...card }: ChartViewProps<readonly BudgetBucket<ProjectStatus>[]>) {
  const t = useMessages(chartMessages);
  const s = useMessages(statusSummary);
  const { locale } = useLanguage();
  const rows: Row[] = useMemo(
    () => data.map((b) => ({ ...b, label: statusLabel(b.key, locale) })),
    [data, locale],
  );
  const countOf = (status: ProjectStatus) => rows.find((r) => r.key === status)?.count ?? 0;
  const n = (value: number) => formatNumber(value, locale);
  // Every package is in exactly one status: the counts add up to the packages shown.
  const packages = rows.reduce((sum, row) => sum + row.count, 0);
  const summary =
    rows.length > 0
      ? s.status(
          n(countOf('selesai')),
          n(packages),
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
      marginRight={Math.max(
        24,
        valueLabelRoom(
          rows.map((row) => String(row.count)),
          COUNT_LABEL_STYLE.fontSize,
        ),
      )}
      labelWidth={150}
      valueAxis={{ allowDecimals: false }}
      tooltipFormatter={(value) => (typeof value === 'number' ? n(value) : String(value))}
      series={[
        {
          dataKey: 'count',
          name: t.packages,
          fill: (row) => STATUS_COLOURS[row.key],
          valueLabel: { style: COUNT_LABEL_STYLE },
        },
      ]}
    />
  );
}
