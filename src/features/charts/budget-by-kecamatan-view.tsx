import { useMemo } from 'react';
import { sortBuckets, type BucketSort, type BudgetBucket } from '../../domain/aggregate/breakdowns';
import { formatNumber, formatRupiahShort } from '../../domain/format/number';
import { useLanguage } from '../../lib/i18n/language';
import { useMessages } from '../../lib/i18n/messages';
import type { ChartViewProps } from './chart-view-props';
import { rupiahFormatter, shareText, valueLabelRoom } from './format';
import { HorizontalBarChartCard } from './horizontal-bar-chart-card';
import { chartMessages } from './messages';
import { BAR_VALUE_LABEL_STYLE, PALETTE } from '../../components/chart-card/palette';
import { kecamatanSummary } from './summaries/kecamatan';
import { budgetColumns, labelColumn } from './table-columns';
import './charts.css';

interface Row extends BudgetBucket {
  label: string;
}

export interface BudgetByKecamatanViewProps extends ChartViewProps<readonly BudgetBucket[]> {
  sort?: BucketSort;
}

/** Pagu per kecamatan as horizontal bars (names stay readable on a phone), in the order asked for. */
export function BudgetByKecamatanView({ data, sort = 'value-desc', ...card }: BudgetByKecamatanViewProps) {
  const t = useMessages(chartMessages);
  const s = useMessages(kecamatanSummary);
  const { locale } = useLanguage();
  const rows: Row[] = useMemo(() => {
    const label = (b: BudgetBucket) => b.name ?? t.noLocation;
    return sortBuckets(data, sort, label).map((b) => ({ ...b, label: label(b) }));
  }, [data, sort, t.noLocation]);

  const total = rows.reduce((sum, row) => sum + row.pagu, 0);
  const top = [...rows].sort((a, b) => b.pagu - a.pagu)[0];
  const places = rows.filter((row) => row.name !== undefined).length;
  const summary = top
    ? s.kecamatan(
        top.label,
        formatRupiahShort(top.pagu, locale),
        shareText(top.pagu, total, locale),
        formatRupiahShort(total, locale),
        formatNumber(places, locale),
      )
    : s.none();
  const money = rupiahFormatter(locale);

  return (
    <HorizontalBarChartCard
      {...card}
      chartId="anggaran-kecamatan"
      title={t.titleKecamatan}
      summary={summary}
      columns={[labelColumn<Row>('kecamatan', t.kecamatan), ...budgetColumns<Row>(t, total, locale)]}
      rows={rows}
      rowHeight={28}
      minHeight={240}
      marginRight={valueLabelRoom(
        rows.map((row) => money(row.pagu)),
        BAR_VALUE_LABEL_STYLE.fontSize,
      )}
      labelWidth={128}
      valueAxis={{ tickFormatter: money }}
      tooltipFormatter={money}
      series={[
        {
          dataKey: 'pagu',
          name: t.pagu,
          fill: PALETTE.blue,
          valueLabel: { format: money, style: BAR_VALUE_LABEL_STYLE },
        },
      ]}
    />
  );
}
