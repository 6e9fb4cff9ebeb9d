/**
 * Draws a chart's SVG into a PNG with its title, source, as-of date and the site address, so an
 * image that travels alone on social media still says where it came from and when.
 */
export interface ChartImageText {
  title: string;
  /** Lines under the chart: source, as-of date, site address, "DATA CONTOH". */
  footer: string[];
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

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif';

function svgToImage(svg: SVGSVGElement): Promise<{ image: HTMLImageElement; width: number; height: number }> {
  const box = svg.getBoundingClientRect();
  const width = Math.max(1, Math.round(box.width || Number(svg.getAttribute('width')) || 800));
  const height = Math.max(1, Math.round(box.height || Number(svg.getAttribute('height')) || 400));
  const clone = svg.cloneNode(true) as SVGSVGElement;
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  clone.style.fontFamily = FONT;
  clone.style.background = '#fff';
  const source = new XMLSerializer().serializeToString(clone);
  const url = URL.createObjectURL(new Blob([source], { type: 'image/svg+xml;charset=utf-8' }));
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => {
      URL.revokeObjectURL(url);
      resolve({ image, width, height });
    };
    image.onerror = () => {
      URL.revokeObjectURL(url);
      reject(new Error('chart image could not be drawn'));
    };
    image.src = url;
  });
}

/** Breaks text into lines that fit `maxWidth` on the canvas. */
function wrap(context: CanvasRenderingContext2D, text: string, maxWidth: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const candidate = line ? `${line} ${word}` : word;
    if (context.measureText(candidate).width > maxWidth && line) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}

export async function renderChartPng(
  svg: SVGSVGElement,
  text: ChartImageText,
  size?: ImageSize,
): Promise<Blob> {
  const { image, width: chartWidth, height: chartHeight } = await svgToImage(svg);
  const width = size?.width ?? Math.max(800, chartWidth * 2);
  const unit = width / 1080;
  const padding = Math.round(48 * unit);
  const titleSize = Math.round(44 * unit);
  const footerSize = Math.round(26 * unit);

  const canvas = document.createElement('canvas');
  const context = canvas.getContext('2d');
  if (!context) throw new Error('canvas is not available');
  context.font = `700 ${titleSize}px ${FONT}`;
  const titleLines = wrap(context, text.title, width - 2 * padding);
  context.font = `${footerSize}px ${FONT}`;
  const footerLines = text.footer.flatMap((line) => wrap(context, line, width - 2 * padding));
  const headerHeight = padding + titleLines.length * titleSize * 1.25 + padding / 2;
  const footerHeight = padding / 2 + footerLines.length * footerSize * 1.4 + padding;
  const naturalChartHeight = ((width - 2 * padding) / chartWidth) * chartHeight;
  const height = size?.height ?? Math.round(headerHeight + naturalChartHeight + footerHeight);
  canvas.width = width;
  canvas.height = height;

  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, width, height);
  context.fillStyle = '#1a1a1a';
  context.textBaseline = 'top';
  context.font = `700 ${titleSize}px ${FONT}`;
  titleLines.forEach((line, i) => context.fillText(line, padding, padding + i * titleSize * 1.25));

  // Fit the chart in the space left, keeping its proportions.
  const boxWidth = width - 2 * padding;
  const boxHeight = Math.max(1, height - headerHeight - footerHeight);
  const scale = Math.min(boxWidth / chartWidth, boxHeight / chartHeight);
  const drawWidth = chartWidth * scale;
  const drawHeight = chartHeight * scale;
  context.drawImage(
    image,
    padding + (boxWidth - drawWidth) / 2,
    headerHeight + (boxHeight - drawHeight) / 2,
    drawWidth,
    drawHeight,
  );

  context.font = `${footerSize}px ${FONT}`;
  context.fillStyle = '#333333';
  const footerTop = height - footerHeight + padding / 2;
  footerLines.forEach((line, i) => context.fillText(line, padding, footerTop + i * footerSize * 1.4));

  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))), 'image/png'),
  );
}
