import { useMemo } from 'react';
import type { FundingBucket } from '../../domain/aggregate/funding';
import { formatNumber, formatRupiahShort } from '../../domain/format/number';
import { useLanguage } from '../../lib/i18n/language';
import { useMessages } from '../../lib/i18n/messages';
import type { ChartViewProps } from './chart-view-props';
import { rupiahFormatter, shareText, valueLabelRoom } from './format';
import { HorizontalBarChartCard } from './horizontal-bar-chart-card';
import { chartMessages } from './messages';
import { BAR_VALUE_LABEL_STYLE, PALETTE } from '../../components/chart-card/palette';
import { fundingSummary } from './summaries/funding';
import { countColumn, labelColumn, moneyColumn, shareColumn } from './table-columns';

interface Row extends FundingBucket {
  label: string;
}

const amountOf = (row: Row) => row.amount;

/**
 * Money by funding source (APBD, APBD-P, DAK, Banprov, APBN…) as published in the budget
 * breakdown; pagu that no line covers is shown as "sumber tidak disebut", not guessed.
 */
export function FundingSourceView({ data, ...card }: ChartViewProps<readonly FundingBucket[]>) {
  const t = useMessages(chartMessages);
  const s = useMessages(fundingSummary);
  const { locale } = useLanguage();
  const rows: Row[] = useMemo(
    () => data.map((b) => ({ ...b, label: b.name ?? t.noSource })),
    [data, t.noSource],
  );
  const total = rows.reduce((sum, row) => sum + row.amount, 0);
  const top = rows[0];
  const summary = top
    ? s.funding(
        top.label,
        formatRupiahShort(top.amount, locale),
        shareText(top.amount, total, locale),
        formatNumber(rows.length, locale),
      )
    : s.none();
  const columns = [
    labelColumn<Row>('source', t.source),
    countColumn<Row>(t.packages, locale),
    moneyColumn('amount', t.amount, amountOf, locale),
    shareColumn(t.share, amountOf, total, locale),
  ];
  const money = rupiahFormatter(locale);

  return (
    <HorizontalBarChartCard
      {...card}
      chartId="sumber-dana"
      title={t.titleFunding}
      summary={summary}
      columns={columns}
      rows={rows}
      rowHeight={44}
      minHeight={200}
      marginRight={valueLabelRoom(
        rows.map((row) => money(row.amount)),
        BAR_VALUE_LABEL_STYLE.fontSize,
      )}
      labelWidth={170}
      labelMaxChars={28}
      valueAxis={{ tickFormatter: money }}
      tooltipFormatter={money}
      series={[
        {
          dataKey: 'amount',
          name: t.amount,
          fill: PALETTE.green,
          valueLabel: { format: money, style: BAR_VALUE_LABEL_STYLE },
        },
      ]}
    />
  );
}
