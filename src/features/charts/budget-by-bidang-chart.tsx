import { useMemo } from 'react';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartCard } from '../../components/chart-card/chart-card';
import type { TableColumn } from '../../components/data-table';
import { BIDANG_LABELS } from '../../components/labels/domain-labels';
import { budgetByBidang, type BudgetBucket } from '../../domain/aggregate/breakdowns';
import type { Bidang } from '../../domain/project/types';
import { formatNumber, formatRupiahShort } from '../../domain/format/number';
import { useLanguage } from '../../lib/i18n/language';
import { useMessages } from '../../lib/i18n/messages';
import type { ChartProps } from './chart-props';
import { rupiahFormatter, shareText } from './format';
import { chartMessages } from './messages';
import { AXIS_COLOUR, GRID_COLOUR, PALETTE, TICK_STYLE } from './palette';
import { summaryMessages } from './summary-messages';
import { legendSpace, SvgLegend, type LegendItem } from './svg-legend';

interface Row extends BudgetBucket<Bidang> {
  label: string;
}

/** Pagu and nilai kontrak per bidang (Sumber Daya Air, Bina Marga peningkatan/pemeliharaan, jembatan). */
export function BudgetByBidangChart({ projects, meta, siteUrl, actions, headingLevel }: ChartProps) {
  const t = useMessages(chartMessages);
  const s = useMessages(summaryMessages);
  const { locale } = useLanguage();
  const rows: Row[] = useMemo(
    () => budgetByBidang(projects).map((b) => ({ ...b, label: BIDANG_LABELS[locale][b.key] })),
    [projects, locale],
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
  const columns: TableColumn<Row>[] = [
    { key: 'bidang', label: t.bidang, value: (r) => r.label },
    {
      key: 'count',
      label: t.packages,
      value: (r) => r.count,
      numeric: true,
      format: (r) => formatNumber(r.count, locale),
    },
    {
      key: 'pagu',
      label: t.pagu,
      value: (r) => r.pagu,
      numeric: true,
      format: (r) => formatRupiahShort(r.pagu, locale),
    },
    {
      key: 'share',
      label: t.share,
      value: (r) => (total > 0 ? r.pagu / total : undefined),
      numeric: true,
      format: (r) => shareText(r.pagu, total, locale),
    },
    {
      key: 'contract',
      label: t.contractValue,
      value: (r) => r.contractValue,
      numeric: true,
      format: (r) => formatRupiahShort(r.contractValue, locale),
    },
    {
      key: 'paid',
      label: t.paid,
      value: (r) => r.paid,
      numeric: true,
      format: (r) => formatRupiahShort(r.paid, locale),
    },
  ];
  const money = rupiahFormatter(locale);

  const legend: LegendItem[] = [
    { label: t.pagu, colour: PALETTE.blue, kind: 'box' },
    { label: t.contractValue, colour: PALETTE.ochre, kind: 'box' },
  ];

  return (
    <ChartCard
      chartId="anggaran-bidang"
      title={t.titleBidang}
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
      <ResponsiveContainer
        width="100%"
        height={Math.max(240, rows.length * 64 + 40 + legendSpace(legend.length))}
      >
        <BarChart
          data={rows}
          layout="vertical"
          margin={{ top: legendSpace(legend.length), right: 24, bottom: 4, left: 4 }}
          accessibilityLayer
        >
          <CartesianGrid horizontal={false} stroke={GRID_COLOUR} />
          <XAxis type="number" tickFormatter={money} tick={TICK_STYLE} stroke={AXIS_COLOUR} />
          <YAxis
            type="category"
            dataKey="label"
            width={150}
            tick={TICK_STYLE}
            stroke={AXIS_COLOUR}
            interval={0}
          />
          <Tooltip formatter={money} />
          <SvgLegend items={legend} />
          <Bar dataKey="pagu" name={t.pagu} fill={PALETTE.blue} isAnimationActive={false} />
          <Bar
            dataKey="contractValue"
            name={t.contractValue}
            fill={PALETTE.ochre}
            isAnimationActive={false}
          />
        </BarChart>
      </ResponsiveContainer>
    </ChartCard>
  );
}
