import { useMemo, useState } from 'react';
import { Bar, LabelList } from 'recharts';
import {
  budgetByKecamatan,
  sortBuckets,
  type BucketSort,
  type BudgetBucket,
} from '../../domain/aggregate/breakdowns';
import { formatNumber, formatRupiahShort } from '../../domain/format/number';
import { useLanguage } from '../../lib/i18n/language';
import { useMessages } from '../../lib/i18n/messages';
import type { ChartProps } from './chart-props';
import { rupiahFormatter, shareText } from './format';
import { HorizontalBarChartCard } from './horizontal-bar-chart-card';
import { chartMessages } from './messages';
import { BAR_VALUE_LABEL_STYLE, PALETTE } from '../../components/chart-card/palette';
import { SortControl } from './sort-control';
import { summaryMessages } from './summary-messages';
import { budgetColumns, labelColumn } from './table-columns';
import './charts.css';

interface Row extends BudgetBucket {
  label: string;
}

/** Pagu per kecamatan as horizontal bars (names stay readable on a phone), sortable by a control. */
export function BudgetByKecamatanChart({ projects, actions, ...card }: ChartProps) {
  const t = useMessages(chartMessages);
  const s = useMessages(summaryMessages);
  const { locale } = useLanguage();
  const [sort, setSort] = useState<BucketSort>('value-desc');
  const buckets = useMemo(() => budgetByKecamatan(projects), [projects]);
  const rows: Row[] = useMemo(() => {
    const label = (b: BudgetBucket) => b.name ?? t.noLocation;
    return sortBuckets(buckets, sort, label).map((b) => ({ ...b, label: label(b) }));
  }, [buckets, sort, t.noLocation]);

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
      actions={
        <>
          <SortControl value={sort} onChange={setSort} />
          {actions}
        </>
      }
      rowHeight={28}
      minHeight={240}
      marginRight={72}
      labelWidth={128}
      valueAxis={{ tickFormatter: money }}
      tooltipFormatter={money}
    >
      <Bar dataKey="pagu" name={t.pagu} fill={PALETTE.blue} isAnimationActive={false}>
        <LabelList dataKey="pagu" position="right" formatter={money} style={BAR_VALUE_LABEL_STYLE} />
      </Bar>
    </HorizontalBarChartCard>
  );
}
