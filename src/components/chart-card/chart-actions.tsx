import { useId, useRef, useState, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { FixedChartWidthContext } from './chart-frame';
import { waitForSvg } from './wait-for-svg';
import type { ImageSize } from '../../lib/download/chart-image';
import { MIME, saveBlob, saveText } from '../../lib/download/save-file';
import { toCsv } from '../../domain/export/csv';
import { useMessages } from '../../lib/i18n/messages';
import { chartActionsMessages } from './chart-actions-messages';
import type { TableColumn } from '../data-table';

interface ChartActionsProps<Row> {
  fileName: string;
  /** The chart's SVG, drawn first if it has not been yet (a chart below the fold waits to be drawn). */
  getChartSvg: () => Promise<SVGSVGElement | null>;
  /** The chart's drawing, to draw it anew for a picture of another shape. */
  chart: ReactNode;
  title: string;
  /** Source, date, site and the sample label: under a CSV as they are; a PNG places the label apart. */
  footer: string[];
  summary: string;
  sampleLabel?: string;
  columns: readonly TableColumn<Row>[];
  rows: readonly Row[];
  canDrawImage: boolean;
}

const SIZE_CHOICES = ['standard', 'instagram', 'x', 'story'] as const;
type SizeChoice = (typeof SIZE_CHOICES)[number];

/** A number rounded to the decimals the table shows: "0,0002116…" is noise, not precision. */
function asShown(value: string | number | undefined, digits = 2): string | number | undefined {
  if (typeof value !== 'number' || Number.isInteger(value)) return value;
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}

/** Take the chart away: as a PNG that names its source and date, or its data as CSV. */
export function ChartActions<Row>({
  fileName,
  getChartSvg,
  chart,
  title,
  footer,
  summary,
  sampleLabel,
  columns,
  rows,
  canDrawImage,
}: ChartActionsProps<Row>) {
  const t = useMessages(chartActionsMessages);
  const [size, setSize] = useState<SizeChoice>('standard');
  const [error, setError] = useState<string>();
  const sizeId = useId();
  // A picture of another shape (a story, a square, an X card) gets the chart drawn anew at the
  // width that fills its box at the picture's scale, off screen, instead of the page's drawing
  // shrunk into it.
  const [imageWidth, setImageWidth] = useState<number>();
  const imageRef = useRef<HTMLDivElement>(null);

  async function drawingFor(widthFor: ((chartHeight: number) => number) | undefined) {
    const onPage = await getChartSvg();
    // A chart's height is set by its rows and legend, never by its width: the page's drawing tells it.
    const chartHeight = onPage && Number(onPage.getAttribute('height'));
    if (!widthFor || !chartHeight || !onPage) return onPage;
    flushSync(() => setImageWidth(widthFor(chartHeight)));
    try {
      const drawing = await waitForSvg(imageRef.current);
      return drawing ? (drawing.cloneNode(true) as SVGSVGElement) : onPage;
    } finally {
      setImageWidth(undefined);
    }
  }
  const sizeLabels: Record<SizeChoice, string> = {
    standard: t.sizeStandard,
    instagram: t.sizeInstagram,
    x: t.sizeX,
    story: t.sizeStory,
  };

  async function downloadPng() {
    setError(undefined);
    try {
      // The image code loads on the first download: most visits never make one.
      const { renderChartPng, cardChartRoom, chartWidthToFill, SOCIAL_SIZES } =
        await import('../../lib/download/chart-image');
      const target: ImageSize | undefined = size === 'standard' ? undefined : SOCIAL_SIZES[size];
      const text = { title, summary, lines: footer.filter((line) => line !== sampleLabel), sampleLabel };
      const room = target && cardChartRoom(text, target);
      const svg = await drawingFor(room && ((chartHeight) => chartWidthToFill(room, chartHeight)));
      if (!svg) throw new Error('the chart was not drawn');
      const blob = await renderChartPng(svg, text, target);
      saveBlob(blob, `${fileName}${target ? `-${target.width}x${target.height}` : ''}.png`);
    } catch {
      setError(t.pngFailed);
    }
  }

  function downloadCsv() {
    // A blank row, then the provenance, so a copy that travels alone says where it came from and when.
    const csv = toCsv(
      columns.map((c) => c.label),
      [...rows.map((row) => columns.map((c) => asShown(c.value(row), c.digits))), [], [footer.join(' · ')]],
    );
    saveText(csv, `${fileName}.csv`, MIME.csv);
  }

  return (
    <div className="chart-actions">
      {imageWidth !== undefined && (
        <div
          ref={imageRef}
          className="chart-card__image-drawing"
          aria-hidden="true"
          style={{ width: imageWidth }}
        >
          <FixedChartWidthContext.Provider value={imageWidth}>{chart}</FixedChartWidthContext.Provider>
        </div>
      )}
      {canDrawImage && (
        <>
          <label htmlFor={sizeId} className="chart-actions__label">
            {t.imageSize}
          </label>
          <select id={sizeId} value={size} onChange={(event) => setSize(event.target.value as SizeChoice)}>
            {SIZE_CHOICES.map((choice) => (
              <option key={choice} value={choice}>
                {sizeLabels[choice]}
              </option>
            ))}
          </select>
          <button type="button" className="button button--small" onClick={() => void downloadPng()}>
            {t.downloadPng}
          </button>
        </>
      )}
      <button type="button" className="button button--small button--ghost" onClick={downloadCsv}>
        {t.downloadCsv}
      </button>
      {error && (
        <p role="alert" className="chart-actions__error">
          {error}
        </p>
      )}
    </div>
  );
}
