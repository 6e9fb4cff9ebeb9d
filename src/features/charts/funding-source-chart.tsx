import { useMemo } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { ChartCard } from '../../components/chart-card/chart-card';
import type { TableColumn } from '../../components/data-table';
import { budgetByFunding, type FundingBucket } from '../../domain/aggregate/funding';
import { formatNumber, formatRupiahShort } from '../../domain/format/number';
import { useLanguage } from '../../lib/i18n/language';
import { useMessages } from '../../lib/i18n/messages';
import type { ChartProps } from './chart-props';
import { rupiahFormatter, shareText, shorten } from './format';
import { chartMessages } from './messages';
import { AXIS_COLOUR, GRID_COLOUR, PALETTE, TICK_STYLE } from './palette';
import { summaryMessages } from './summary-messages';

interface Row extends FundingBucket {
  label: string;
}

/**
 * Money by funding source (APBD, APBD-P, DAK, Banprov, APBN…) as published in the budget
 * breakdown; pagu that no line covers is shown as "sumber tidak disebut", not guessed.
 */
export function FundingSourceChart({ projects, meta, siteUrl, actions, headingLevel }: ChartProps) {
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
  const columns: TableColumn<Row>[] = [
    { key: 'source', label: t.source, value: (r) => r.label },
    {
      key: 'count',
      label: t.packages,
      value: (r) => r.count,
      numeric: true,
      format: (r) => formatNumber(r.count, locale),
    },
    {
      key: 'amount',
      label: t.amount,
      value: (r) => r.amount,
      numeric: true,
      format: (r) => formatRupiahShort(r.amount, locale),
    },
    {
      key: 'share',
      label: t.share,
      value: (r) => (total > 0 ? r.amount / total : undefined),
      numeric: true,
      format: (r) => shareText(r.amount, total, locale),
    },
  ];
  const money = rupiahFormatter(locale);

  return (
    <ChartCard
      chartId="sumber-dana"
      title={t.titleFunding}
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
      <ResponsiveContainer width="100%" height={Math.max(200, rows.length * 44 + 48)}>
        <BarChart
          data={rows}
          layout="vertical"
          margin={{ top: 4, right: 72, bottom: 4, left: 4 }}
          accessibilityLayer
        >
          <CartesianGrid horizontal={false} stroke={GRID_COLOUR} />
          <XAxis type="number" tickFormatter={money} tick={TICK_STYLE} stroke={AXIS_COLOUR} />
          <YAxis
            type="category"
            dataKey="label"
            width={170}
            tick={TICK_STYLE}
            tickFormatter={(label: string) => shorten(label, 28)}
            stroke={AXIS_COLOUR}
            interval={0}
          />
          <Tooltip formatter={money} />
          <Bar dataKey="amount" name={t.amount} fill={PALETTE.green} isAnimationActive={false}>
            <LabelList
              dataKey="amount"
              position="right"
              formatter={money}
              style={{ fontSize: 11, fill: '#1a1a1a' }}
            />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </ChartCard>
  );
}
