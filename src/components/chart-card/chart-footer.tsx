import type { ReactNode } from 'react';
import type { DatasetMeta } from '../../domain/dataset/types';
import { DataTable, type TableColumn } from '../data-table';
import { useMessages } from '../../lib/i18n/messages';
import { ChartActions } from './chart-actions';
import { chartCardMessages } from './messages';

/** Everything a chart card's footer may offer: provenance, the table alternative, the downloads. */
export interface ChartFooterProps<Row> {
  chartId: string;
  /** The title with the filters it was drawn from: what a PNG, a CSV and the table are called. */
  fullTitle: string;
  meta: DatasetMeta;
  /** "Sumber: …" and "Data per …". */
  sourceLine: string;
  asOfLine: string;
  /** The lines drawn under a PNG and written under a CSV (source, date, site, sample). */
  provenance: string[];
  /** The chart's takeaway sentence, and the sample label: a PNG lays them out on its own. */
  summary: string;
  sampleLabel?: string;
  columns: readonly TableColumn<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row, index: number) => string;
  fileName: string;
  /** False while there is nothing to draw (the empty state). */
  canDrawImage: boolean;
  /** The chart's SVG, drawn first if it waited for the viewport. */
  getChartSvg: () => Promise<SVGSVGElement | null>;
  /** The chart's drawing: a PNG of another shape draws it anew (chart-actions.tsx). */
  chart: ReactNode;
  actions?: ReactNode;
}

/** The app's footer: the caption with the sample label, the data table, and the actions. */
export function AppChartFooter<Row>({
  fullTitle,
  meta,
  sourceLine,
  asOfLine,
  provenance,
  summary,
  sampleLabel,
  columns,
  rows,
  rowKey,
  fileName,
  canDrawImage,
  getChartSvg,
  chart,
  actions,
}: ChartFooterProps<Row>) {
  const t = useMessages(chartCardMessages);
  return (
    <>
      <figcaption className="chart-card__caption">
        {sourceLine} · {asOfLine}
        {meta.isSample && <strong className="chart-card__sample"> · {t.sample}</strong>}
      </figcaption>
      <details className="chart-card__table">
        <summary>{t.table}</summary>
        <DataTable caption={fullTitle} columns={columns} rows={rows} rowKey={rowKey} />
      </details>
      <div className="chart-card__actions">
        <ChartActions
          fileName={fileName}
          getChartSvg={getChartSvg}
          chart={chart}
          title={fullTitle}
          footer={provenance}
          summary={summary}
          sampleLabel={sampleLabel}
          columns={columns}
          rows={rows}
          canDrawImage={canDrawImage}
        />
        {actions}
      </div>
    </>
  );
}
