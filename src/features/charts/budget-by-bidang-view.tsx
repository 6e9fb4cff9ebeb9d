import { useMemo } from 'react';
import { BIDANG_LABELS } from '../../components/labels/domain-labels';
import type { BudgetBucket } from '../../domain/aggregate/breakdowns';
import type { Bidang } from '../../domain/project/types';
import { formatRupiahShort } from '../../domain/format/number';
import { useLanguage } from '../../lib/i18n/language';
import { useMessages } from '../../lib/i18n/messages';
import type { ChartViewProps } from './chart-view-props';
import { rupiahFormatter, shareText } from './format';
import { HorizontalBarChartCard } from './horizontal-bar-chart-card';
import { chartMessages } from './messages';
import { PALETTE } from '../../components/chart-card/palette';
import { bidangSummary } from './summaries/bidang';
import type { LegendItem } from '../../components/chart-card/svg-legend';
import { budgetColumns, labelColumn } from './table-columns';

interface Row extends BudgetBucket<Bidang> {
  label: string;
}

/** Pagu and nilai kontrak per bidang (Sumber Daya Air, Bina Marga peningkatan/pemeliharaan, jembatan). */
export function BudgetByBidangView({ data, ...card }: ChartViewProps<readonly BudgetBucket<Bidang>[]>) {
  const t = useMessages(chartMessages);
  const s = useMessages(bidangSummary);
  const { locale } = useLanguage();
  const rows: Row[] = useMemo(
    () => data.map((b) => ({ ...b, label: BIDANG_LABELS[locale][b.key] })),
    [data, locale],
  );
  const total = rows.reduce((sum, row) => sum + row.pagu, 0);
  const top = [...rows].sort((a, b) => b.pagu - a.pagu)[0];
  const summary = top
    ? s.bidang(
        top.label,
        formatRupiahShort(top.pagu, locale),
        shareText(top.pagu, total, locale),
        formatRupiahShort(total, locale),
      )
    : s.none();
  const money = rupiahFormatter(locale);
  const legend: LegendItem[] = [
    { label: t.pagu, colour: PALETTE.blue, kind: 'box' },
    { label: t.contractValue, colour: PALETTE.ochre, kind: 'box' },
  ];

  return (
    <HorizontalBarChartCard
      {...card}
      chartId="anggaran-bidang"
      title={t.titleBidang}
      summary={summary}
      columns={[labelColumn<Row>('bidang', t.bidang), ...budgetColumns<Row>(t, total, locale)]}
      rows={rows}
      rowHeight={64}
      minHeight={240}
      marginRight={24}
      labelWidth={150}
      legend={legend}
      valueAxis={{ tickFormatter: money }}
      tooltipFormatter={money}
      series={[
        { dataKey: 'pagu', name: t.pagu, fill: PALETTE.blue },
        { dataKey: 'contractValue', name: t.contractValue, fill: PALETTE.ochre },
      ]}
    />
  );
}
