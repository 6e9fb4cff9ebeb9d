import { useMemo } from 'react';
import { Bar, LabelList } from 'recharts';
import { budgetByFunding, type FundingBucket } from '../../domain/aggregate/funding';
import { formatNumber, formatRupiahShort } from '../../domain/format/number';
import { useLanguage } from '../../lib/i18n/language';
import { useMessages } from '../../lib/i18n/messages';
import type { ChartProps } from './chart-props';
import { rupiahFormatter, shareText } from './format';
import { HorizontalBarChartCard } from './horizontal-bar-chart-card';
import { chartMessages } from './messages';
import { BAR_VALUE_LABEL_STYLE, PALETTE } from '../../components/chart-card/palette';
import { summaryMessages } from './summary-messages';
import { countColumn, labelColumn, moneyColumn, shareColumn } from './table-columns';

interface Row extends FundingBucket {
  label: string;
}

const amountOf = (row: Row) => row.amount;

/**
 * Money by funding source (APBD, APBD-P, DAK, Banprov, APBN…) as published in the budget
 * breakdown; pagu that no line covers is shown as "sumber tidak disebut", not guessed.
 */
export function FundingSourceChart({ projects, ...card }: ChartProps) {
  const t = useMessages(chartMessages);
  const s = useMessages(summaryMessages);
  const { locale } = useLanguage();
  const rows: Row[] = useMemo(
    () => budgetByFunding(projects).map((b) => ({ ...b, label: b.name ?? t.noSource })),
    [projects, t.noSource],
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
      marginRight={72}
      labelWidth={170}
      labelMaxChars={28}
      valueAxis={{ tickFormatter: money }}
      tooltipFormatter={money}
    >
      <Bar dataKey="amount" name={t.amount} fill={PALETTE.green} isAnimationActive={false}>
        <LabelList dataKey="amount" position="right" formatter={money} style={BAR_VALUE_LABEL_STYLE} />
      </Bar>
    </HorizontalBarChartCard>
  );
}
