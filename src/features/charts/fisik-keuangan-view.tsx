import { useMemo } from 'react';
import type { TableColumn } from '../../components/data-table';
import { BIDANG_LABELS } from '../../components/labels/domain-labels';
import type { FisikKeuanganRow } from '../../domain/aggregate/fisik-keuangan';
import { formatPercent, formatPoints } from '../../domain/format/number';
import { useLanguage } from '../../lib/i18n/language';
import { useMessages } from '../../lib/i18n/messages';
import type { ChartViewProps } from './chart-view-props';
import { percentFormatter } from './format';
import { HorizontalBarChartCard } from './horizontal-bar-chart-card';
import { chartMessages } from './messages';
import { PALETTE } from '../../components/chart-card/palette';
import { fisikKeuanganSummary } from './summaries/fisik-keuangan';
import type { LegendItem } from '../../components/chart-card/svg-legend';
import { countColumn, labelColumn, moneyColumn } from './table-columns';

interface Row extends FisikKeuanganRow {
  label: string;
  gap: number;
}

/** Built versus paid, per bidang, both against contract value: the gap the press reports. */
export function FisikKeuanganView({ data, ...card }: ChartViewProps<readonly FisikKeuanganRow[]>) {
  const t = useMessages(chartMessages);
  const s = useMessages(fisikKeuanganSummary);
  const { locale } = useLanguage();
  const rows: Row[] = useMemo(
    () =>
      data.map((r) => ({
        ...r,
        label: BIDANG_LABELS[locale][r.key],
        gap: Math.round((r.physical - r.financial) * 100) / 100,
      })),
    [data, locale],
  );
  const widest = [...rows].sort((a, b) => Math.abs(b.gap) - Math.abs(a.gap))[0];
  const percent = percentFormatter(locale);
  const summary = widest
    ? s.fisikKeuangan(widest.label, percent(widest.physical), percent(widest.financial))
    : s.fisikKeuanganNone();
  const columns: TableColumn<Row>[] = [
    labelColumn('bidang', t.bidang),
    countColumn(t.packages, locale),
    moneyColumn('contract', t.contractValue, (r) => r.contractValue, locale),
    {
      key: 'physical',
      label: t.physicalShort,
      value: (r) => r.physical,
      numeric: true,
      format: (r) => formatPercent(r.physical, locale),
    },
    {
      key: 'financial',
      label: t.financialShort,
      value: (r) => r.financial,
      numeric: true,
      format: (r) => formatPercent(r.financial, locale),
    },
    {
      key: 'gap',
      label: t.gap,
      value: (r) => r.gap,
      numeric: true,
      format: (r) => formatPoints(r.gap, locale),
    },
  ];
  const legend: LegendItem[] = [
    { label: t.physicalShort, colour: PALETTE.vermillion, kind: 'box' },
    { label: t.financialShort, colour: PALETTE.green, kind: 'box' },
  ];

  return (
    <HorizontalBarChartCard
      {...card}
      chartId="fisik-keuangan"
      title={t.titleFisikKeuangan}
      summary={summary}
      columns={columns}
      rows={rows}
      rowHeight={64}
      minHeight={240}
      marginRight={24}
      labelWidth={150}
      legend={legend}
      valueAxis={{ domain: [0, 100], ticks: [0, 50, 100], tickFormatter: percent }}
      tooltipFormatter={percent}
      series={[
        { dataKey: 'physical', name: t.physicalShort, fill: PALETTE.vermillion },
        { dataKey: 'financial', name: t.financialShort, fill: PALETTE.green },
      ]}
    />
  );
}
