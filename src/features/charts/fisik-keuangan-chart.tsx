import { useMemo } from 'react';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartCard } from '../../components/chart-card/chart-card';
import type { TableColumn } from '../../components/data-table';
import { BIDANG_LABELS } from '../../components/labels/domain-labels';
import { fisikKeuanganByBidang, type FisikKeuanganRow } from '../../domain/aggregate/fisik-keuangan';
import { formatNumber, formatPercent, formatPoints, formatRupiahShort } from '../../domain/format/number';
import { useLanguage } from '../../lib/i18n/language';
import { useMessages } from '../../lib/i18n/messages';
import type { ChartProps } from './chart-props';
import { percentFormatter } from './format';
import { chartMessages } from './messages';
import { AXIS_COLOUR, GRID_COLOUR, PALETTE, TICK_STYLE } from './palette';
import { summaryMessages } from './summary-messages';
import { legendSpace, SvgLegend, type LegendItem } from './svg-legend';

interface Row extends FisikKeuanganRow {
  label: string;
  gap: number;
}

/** Built versus paid, per bidang, both against contract value: the gap the press reports. */
export function FisikKeuanganChart({ projects, meta, siteUrl, actions, headingLevel }: ChartProps) {
  const t = useMessages(chartMessages);
  const s = useMessages(summaryMessages);
  const { locale } = useLanguage();
  const rows: Row[] = useMemo(
    () =>
      fisikKeuanganByBidang(projects).map((r) => ({
        ...r,
        label: BIDANG_LABELS[locale][r.key],
        gap: Math.round((r.physical - r.financial) * 100) / 100,
      })),
    [projects, locale],
  );
  const widest = [...rows].sort((a, b) => Math.abs(b.gap) - Math.abs(a.gap))[0];
  const percent = percentFormatter(locale);
  const summary = widest
    ? s.fisikKeuangan(widest.label, percent(widest.physical), percent(widest.financial))
    : s.fisikKeuanganNone();
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
      key: 'contract',
      label: t.contractValue,
      value: (r) => r.contractValue,
      numeric: true,
      format: (r) => formatRupiahShort(r.contractValue, locale),
    },
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
    <ChartCard
      chartId="fisik-keuangan"
      title={t.titleFisikKeuangan}
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
          <XAxis
            type="number"
            domain={[0, 100]}
            ticks={[0, 50, 100]}
            tickFormatter={percent}
            tick={TICK_STYLE}
            stroke={AXIS_COLOUR}
          />
          <YAxis
            type="category"
            dataKey="label"
            width={150}
            tick={TICK_STYLE}
            stroke={AXIS_COLOUR}
            interval={0}
          />
          <Tooltip formatter={percent} />
          <SvgLegend items={legend} />
          <Bar
            dataKey="physical"
            name={t.physicalShort}
            fill={PALETTE.vermillion}
            isAnimationActive={false}
          />
          <Bar dataKey="financial" name={t.financialShort} fill={PALETTE.green} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </ChartCard>
  );
}
