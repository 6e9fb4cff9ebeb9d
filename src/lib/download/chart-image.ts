import { socialCardSvg } from './social-card';

export { cardChartRoom, chartWidthToFill } from './social-card';

/**
 * Draws a chart into a PNG laid out for its size (title, takeaway, chart, source, date, site, the
 * sample label inside the chart's area): the same card the build draws for a link preview, so an
 * image that travels alone on social media still says where it came from and when.
 */
export interface ChartImageText {
  /** The title with the filters the chart was drawn from. */
  title: string;
  summary: string;
  /** Lines under the chart: source and as-of date, site address. */
  lines: string[];
  sampleLabel?: string;
}

export interface ImageSize {
  width: number;
  height: number;
}

/** Sizes for social media (issue: Instagram 1080², X 1200×675, stories 1080×1920). */
export const SOCIAL_SIZES = {
  instagram: { width: 1080, height: 1080 },
  x: { width: 1200, height: 675 },
  story: { width: 1080, height: 1920 },
} as const satisfies Record<string, ImageSize>;

/** The width of the standard download, px; its height follows the chart. */
const STANDARD_WIDTH = 1200;

/** The chart as drawn on the page: its size and its marks, serialized as XML. */
function chartOf(svg: SVGSVGElement) {
  const box = svg.getBoundingClientRect();
  const width = Math.max(1, Math.round(box.width || Number(svg.getAttribute('width')) || 800));
  const height = Math.max(1, Math.round(box.height || Number(svg.getAttribute('height')) || 400));
  const serializer = new XMLSerializer();
  const body = [...svg.childNodes].map((node) => serializer.serializeToString(node)).join('');
  return { width, height, body };
}

function loadImage(source: string): Promise<HTMLImageElement> {
  const url = URL.createObjectURL(new Blob([source], { type: 'image/svg+xml;charset=utf-8' }));
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => {
      URL.revokeObjectURL(url);
      resolve(image);
    };
    image.onerror = () => {
      URL.revokeObjectURL(url);
      reject(new Error('chart image could not be drawn'));
    };
    image.src = url;
  });
}

export async function renderChartPng(
  svg: SVGSVGElement,
  text: ChartImageText,
  size?: ImageSize,
): Promise<Blob> {
  const card = socialCardSvg(
    {
      title: text.title,
      summary: text.summary,
      lines: text.lines,
      sampleLabel: text.sampleLabel,
      chart: chartOf(svg),
    },
    size ?? { width: STANDARD_WIDTH },
  );
  const image = await loadImage(card);
  const canvas = document.createElement('canvas');
  canvas.width = image.naturalWidth || size?.width || STANDARD_WIDTH;
  canvas.height = image.naturalHeight || size?.height || 1;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('canvas is not available');
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))), 'image/png'),
  );
}
