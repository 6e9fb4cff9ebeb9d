import { useCallback, useContext, useId, useRef, type ReactNode } from 'react';
import type { DatasetMeta } from '../../domain/dataset/types';
import { formatDate } from '../../domain/format/date';
import { useLanguage } from '../../lib/i18n/language';
import { useMessages } from '../../lib/i18n/messages';
import { DataTable, type TableColumn } from '../data-table';
import { ChartActions } from './chart-actions';
import { DeferChartDrawingContext } from './defer-drawing';
import { chartCardMessages } from './messages';
import { useDrawWhenNear } from './use-draw-when-near';
import { waitForSvg } from './wait-for-svg';
import './chart-card.css';

export interface ChartCardProps<Row> {
  /** Stable id: file names, anchors, embed name. */
  chartId: string;
  title: string;
  /** One sentence that says what the chart shows, for everyone and for screen readers. */
  summary: string;
  meta: DatasetMeta;
  siteUrl?: string;
  columns: readonly TableColumn<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row, index: number) => string;
  /** Nothing to draw (a filter left no projects): an empty state instead of a broken axis. */
  isEmpty?: boolean;
  /** Height the drawing will take, px: reserved while a chart waits to be drawn, so nothing jumps. */
  chartHeight?: number;
  headingLevel?: 2 | 3;
  /** More actions, e.g. "Sematkan" (embed) and share. */
  actions?: ReactNode;
  children: ReactNode;
}

/**
 * The frame every chart shares: title, summary, the chart, its source and as-of date, the sample
 * notice, a table alternative, and downloads (PNG with provenance drawn in, CSV). Under
 * DeferChartDrawingContext only the drawing waits for the viewport; the words and the table don't.
 */
export function ChartCard<Row>(props: ChartCardProps<Row>) {
  const {
    chartId,
    title,
    summary,
    meta,
    siteUrl,
    columns,
    rows,
    rowKey,
    isEmpty,
    chartHeight,
    headingLevel = 2,
    actions,
    children,
  } = props;
  const t = useMessages(chartCardMessages);
  const { locale } = useLanguage();
  // A ref, not state: storing the box in state would render the whole drawing a second time.
  const chartRef = useRef<HTMLDivElement>(null);
  const defer = useContext(DeferChartDrawingContext);
  // The box comes and goes with the empty state: the observer follows it.
  const { drawn, drawNow } = useDrawWhenNear(chartRef, defer, isEmpty);
  const getChartSvg = useCallback(() => {
    drawNow();
    return waitForSvg(chartRef.current);
  }, [drawNow]);
  const headingId = useId();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const sourceLine = `${t.source}: ${meta.publisher ?? meta.sourceUrl}`;
  const asOfLine = `${t.asOf} ${formatDate(meta.asOf, locale)}`;
  const footer = [
    sourceLine,
    asOfLine,
    ...(siteUrl ? [`${t.site}: ${siteUrl}`] : []),
    ...(meta.isSample ? [t.sample] : []),
  ];

  return (
    <figure className="chart-card" aria-labelledby={headingId} data-chart={chartId}>
      <Heading id={headingId} className="chart-card__title">
        {title}
      </Heading>
      <p className="chart-card__summary">{summary}</p>
      {isEmpty ? (
        <p className="chart-card__empty" role="status">
          {t.empty}
        </p>
      ) : (
        <div
          ref={chartRef}
          className="chart-card__chart"
          role="img"
          aria-label={summary}
          data-drawn={drawn}
          style={drawn ? undefined : { height: chartHeight }}
        >
          {drawn && children}
        </div>
      )}
      <figcaption className="chart-card__caption">
        {sourceLine} · {asOfLine}
        {meta.isSample && <strong className="chart-card__sample"> · {t.sample}</strong>}
      </figcaption>
      <details className="chart-card__table">
        <summary>{t.table}</summary>
        <DataTable caption={title} columns={columns} rows={rows} rowKey={rowKey} />
      </details>
      <div className="chart-card__actions">
        <ChartActions
          fileName={`pantaubangun-${chartId}`}
          getChartSvg={getChartSvg}
          title={title}
          footer={footer}
          columns={columns}
          rows={rows}
          canDrawImage={!isEmpty}
        />
        {actions}
      </div>
    </figure>
  );
}
