import { useCallback, useContext, useId, useRef, type ReactNode } from 'react';
import type { DatasetMeta } from '../../domain/dataset/types';
import { asOfLine as formatAsOfLine, sourceLine as formatSourceLine } from '../../domain/format/as-of';
import { useLanguage } from '../../lib/i18n/language';
import { useMessages } from '../../lib/i18n/messages';
import type { TableColumn } from '../data-table';
import { ChartChromeContext } from './chart-chrome';
import type { ChartFooterProps } from './chart-footer';
import { chartCardMessages } from './messages';
import { waitForSvg } from './wait-for-svg';
import './chart-card.css';

export interface ChartCardProps<Row> {
  /** Stable id: file names, anchors, embed name. */
  chartId: string;
  title: string;
  /** Which filters the chart was drawn from ("Jalan · Kec. Tambun Selatan"); none: everything. */
  subtitle?: string;
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
 * The frame every chart shares: title, the filters it was drawn from, summary, the chart, and a
 * footer with its source and as-of date, the sample notice, a table alternative and downloads
 * (PNG with provenance drawn in, CSV). The footer and when the chart is drawn come from the page
 * (ChartChromeContext; ChartCard gives the app's); the words and the table never wait.
 */
export function ChartCardBase<Row>(props: ChartCardProps<Row>) {
  const {
    chartId,
    title,
    subtitle,
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
  const chrome = useContext(ChartChromeContext);
  if (!chrome) throw new Error('ChartCardBase needs a ChartChromeContext: use ChartCard, or an embed');
  const Footer = chrome.Footer as (props: ChartFooterProps<Row>) => ReactNode;
  // A ref, not state: storing the box in state would render the whole drawing a second time.
  const chartRef = useRef<HTMLDivElement>(null);
  // The box comes and goes with the empty state: the page's drawing follows it.
  const { drawn, drawNow } = chrome.useDrawing(chartRef, isEmpty);
  const getChartSvg = useCallback(() => {
    drawNow();
    return waitForSvg(chartRef.current);
  }, [drawNow]);
  const headingId = useId();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const sourceLine = formatSourceLine(meta, locale);
  const asOfLine = formatAsOfLine(meta, locale);
  const provenance = [
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
      {subtitle && (
        <p className="chart-card__subtitle" data-testid="chart-filters">
          {subtitle}
        </p>
      )}
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
      <Footer
        chartId={chartId}
        fullTitle={subtitle ? `${title} — ${subtitle}` : title}
        meta={meta}
        sourceLine={sourceLine}
        asOfLine={asOfLine}
        provenance={provenance}
        summary={summary}
        sampleLabel={meta.isSample ? t.sample : undefined}
        columns={columns}
        rows={rows}
        rowKey={rowKey}
        fileName={`pantaubangun-${chartId}`}
        canDrawImage={!isEmpty}
        getChartSvg={getChartSvg}
        chart={children}
        actions={actions}
      />
    </figure>
  );
}
