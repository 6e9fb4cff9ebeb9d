import { useMemo, useState } from 'react';
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
import { chartMessages } from './messages';
import { AXIS_COLOUR, GRID_COLOUR, PALETTE, TICK_STYLE } from './palette';
import { SortControl } from './sort-control';
import { summaryMessages } from './summary-messages';
import './charts.css';

interface Row extends BudgetBucket {
  label: string;
}

/** Pagu per kecamatan as horizontal bars (names stay readable on a phone), sortable by a control. */
export function BudgetByKecamatanChart({ projects, meta, siteUrl, actions, headingLevel }: ChartProps) {
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

  const columns: TableColumn<Row>[] = [
    { key: 'kecamatan', label: t.kecamatan, value: (r) => r.label },
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

  return (
    <ChartCard
      chartId="anggaran-kecamatan"
      title={t.titleKecamatan}
      summary={summary}
      meta={meta}
      siteUrl={siteUrl}
      columns={columns}
      rows={rows}
      rowKey={(r) => r.key}
      isEmpty={rows.length === 0}
      headingLevel={headingLevel}
      actions={
        <>
          <SortControl value={sort} onChange={setSort} />
          {actions}
        </>
      }
    >
      <ResponsiveContainer width="100%" height={Math.max(240, rows.length * 28 + 48)}>
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
            width={128}
            tick={TICK_STYLE}
            stroke={AXIS_COLOUR}
            interval={0}
          />
          <Tooltip formatter={money} />
          <Bar dataKey="pagu" name={t.pagu} fill={PALETTE.blue} isAnimationActive={false}>
            <LabelList
              dataKey="pagu"
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
