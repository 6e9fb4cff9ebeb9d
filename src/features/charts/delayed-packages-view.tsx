import type { ReactNode } from 'react';
import { ChartCardBase } from '../../components/chart-card/chart-card-base';
import { ChartFrame } from '../../components/chart-card/chart-frame';
import { LazyHorizontalBarDrawing } from './horizontal-bar-chart-card';
import { nameLinesFor } from './wrapped-name-tick';
import type { TableColumn } from '../../components/data-table';
import { statusLabel } from '../../components/labels/domain-labels';
import { formatDate } from '../../domain/format/date';
import { formatNumber, formatPoints } from '../../domain/format/number';
import { useLanguage } from '../../lib/i18n/language';
import { useMessages } from '../../lib/i18n/messages';
import type { DelayedData, DelayedRow } from './chart-data';
import type { ChartViewProps } from './chart-view-props';
import { nameRoom, pointsFormatter } from './format';
import { chartMessages } from './messages';
import { PALETTE } from '../../components/chart-card/palette';
import { delayedSummary } from './summaries/delayed';
import './charts.css';

interface Row extends DelayedRow {
  rank: number;
  /** The bar's key: the package's id. */
  key: string;
  label: string;
}

/**
 * The names take at most this share of a narrow chart, so the bars keep the rest. A package's
 * name ends with the desa that tells it apart: at 360 px three lines of a 45 % share cut it.
 */
const LABEL_SHARE = 0.55;
const LABEL_WIDTH = 230;
const ROW_HEIGHT = 48;

/** The room the names get at a chart width, px, and the characters a line of it holds. */
export function delayedNameRoom(width: number): { names: number; maxChars: number; lines: number } {
  return { ...nameRoom(width, LABEL_SHARE, LABEL_WIDTH, 34), lines: nameLinesFor(ROW_HEIGHT) };
}

/** A link to a project's page: the app's router link, or a plain link out of an embed. */
export type ProjectLink = (project: { id: string; title: string }) => ReactNode;

export interface DelayedPackagesViewProps extends ChartViewProps<DelayedData> {
  projectLink: ProjectLink;
}

/**
 * The packages furthest behind plan, ranked. The bars give the size of the lag; the numbered list
 * under the card links each package to its page (links cannot live inside the chart image).
 */
export function DelayedPackagesView({ data, projectLink, ...card }: DelayedPackagesViewProps) {
  const t = useMessages(chartMessages);
  const s = useMessages(delayedSummary);
  const { locale } = useLanguage();
  const rows: Row[] = data.top.map((d, i) => ({
    ...d,
    rank: i + 1,
    key: d.id,
    label: `${i + 1}. ${d.title}`,
  }));
  const points = pointsFormatter(locale);
  // Rows tall enough for three lines: a package is told apart by the end of its name (the desa).
  const height = Math.max(200, rows.length * ROW_HEIGHT + 48);
  const first = rows[0];
  const summary = first
    ? s.delayed(formatNumber(data.behind, locale), first.title, formatPoints(first.deviation, locale))
    : s.delayedNone();
  const columns: TableColumn<Row>[] = [
    { key: 'rank', label: t.rank, value: (r) => r.rank, numeric: true },
    { key: 'project', label: t.project, value: (r) => r.title, format: (r) => projectLink(r) },
    { key: 'id', label: 'ID', value: (r) => r.id },
    { key: 'status', label: t.status, value: (r) => statusLabel(r.status, locale) },
    {
      key: 'deviation',
      label: t.deviation,
      value: (r) => r.deviation,
      numeric: true,
      format: (r) => formatPoints(r.deviation, locale),
    },
    {
      key: 'report',
      label: t.reportDate,
      value: (r) => r.reportDate,
      format: (r) => formatDate(r.reportDate, locale, 'short'),
    },
  ];

  return (
    <div className="delayed-packages">
      <ChartCardBase
        {...card}
        chartId="paket-terlambat"
        title={t.titleDelayed}
        summary={summary}
        columns={columns}
        rows={rows}
        rowKey={(r) => r.id}
        isEmpty={rows.length === 0}
        chartHeight={height}
      >
        <ChartFrame height={height}>
          {(width, active) => {
            const { names, maxChars, lines } = delayedNameRoom(width);
            return (
              <LazyHorizontalBarDrawing
                rows={rows}
                width={width}
                height={height}
                active={active}
                margin={{ top: 4, right: 36 }}
                names={names}
                maxChars={maxChars}
                nameLines={lines}
                valueAxis={{ tickFormatter: points }}
                tooltipFormatter={points}
                series={[{ dataKey: 'deviation', name: t.deviation, fill: PALETTE.vermillion }]}
              />
            );
          }}
        </ChartFrame>
      </ChartCardBase>
      {rows.length > 0 && (
        <ol className="ranked-list" aria-label={t.titleDelayed}>
          {rows.map((row) => (
            <li key={row.id}>
              {projectLink(row)}{' '}
              <span className="ranked-list__meta">
                {formatPoints(row.deviation, locale)} · {statusLabel(row.status, locale)}
              </span>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
