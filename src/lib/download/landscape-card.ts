import {
  BOLD_CHAR_EM,
  cardOpening,
  chartSvg,
  sampleLabelSvg,
  textLines,
  wrapText,
  type Box,
  type SocialCardContent,
} from './card-svg-parts';

type CardText = Omit<SocialCardContent, 'chart'>;
type Size = { width: number; height: number };

/**
 * A card clearly wider than tall (X 1200×675, a link preview 1200×630) puts its text beside the
 * chart: stacked, a chart whose height is set by its rows (23 kecamatan, ~700 px) shrank into the
 * ~300 px left under the text, an island with 5 px letters.
 */
export const isLandscape = (size: { width: number; height?: number }): boolean =>
  size.height !== undefined && size.height < size.width * 0.8;

/**
 * Two columns: title, takeaway and provenance on the left (~37 %), the chart on the right over the
 * card's whole height, the sample label running up the chart's side. Height is what a tall chart
 * lacks here, so the label takes a strip of the width instead of one of the height.
 */
export function landscapeFrame(content: CardText, size: Size) {
  const s = size.width / 1200;
  const pad = 40 * s;
  const textWidth = Math.round(size.width * 0.37 - pad);
  const [titleSize, summarySize, footSize, labelSize] = [42 * s, 24 * s, 18 * s, 16 * s];
  const title = wrapText(content.title, titleSize, textWidth, 4, BOLD_CHAR_EM);
  // "Sumber: … · Data per …" breaks at its dot: in a narrow column the date reads best on its own line.
  const footer = content.lines
    .flatMap((line) => line.split(' · '))
    .flatMap((line) => wrapText(line, footSize, textWidth, 3));
  const titleTop = pad - 8 * s;
  const summaryTop = titleTop + title.length * titleSize * 1.2 + 12 * s;
  const footerTop = size.height - 20 * s - footer.length * footSize * 1.2;
  const summaryRoom = Math.floor((footerTop - 16 * s - summaryTop) / (summarySize * 1.2));
  const summary =
    content.summary && summaryRoom > 0
      ? wrapText(content.summary, summarySize, textWidth, Math.min(8, summaryRoom))
      : [];
  const areaX = pad + textWidth + 28 * s;
  // Under the top bar and a thin margin at the foot: every pixel of height is the chart's scale.
  const area: Box = { x: areaX, y: 20 * s, width: size.width - 24 * s - areaX, height: size.height - 34 * s };
  const labelBand = { width: 30 * s, gap: 10 * s };
  const band = content.sampleLabel ? labelBand.width + labelBand.gap : 0;
  const room: Box = { ...area, x: area.x + band, width: area.width - band };
  return {
    ...{ s, pad, titleSize, summarySize, footSize, labelSize, title, summary, footer },
    ...{ titleTop, summaryTop, footerTop, area, labelBand, room },
  };
}

export function landscapeCardSvg(content: SocialCardContent, size: Size): string {
  const frame = landscapeFrame(content, size);
  const { s, pad, room, area, labelBand } = frame;
  const { chart, sampleLabel: label } = content;
  const scale = Math.min(room.width / chart.width, room.height / chart.height);
  const drawn = { width: chart.width * scale, height: chart.height * scale };
  const box: Box = {
    ...drawn,
    x: room.x + (room.width - drawn.width) / 2,
    y: room.y + (room.height - drawn.height) / 2,
  };
  let labelSvg = '';
  if (label) {
    // A longer label (another language) gets smaller letters before it leaves the chart's side.
    const fontSize = Math.min(frame.labelSize, (area.height - 24 * s) / (label.length * 0.68));
    const length = label.length * fontSize * 0.68 + 24 * s;
    // At the chart's top left corner, where a reader starts: beside the marks, never over them.
    const top = Math.max(area.y, Math.min(box.y, area.y + area.height - length));
    const labelBox = {
      x: box.x - labelBand.gap - labelBand.width,
      y: top,
      width: labelBand.width,
      height: length,
    };
    labelSvg = sampleLabelSvg(label, labelBox, fontSize, false);
  }
  return [
    cardOpening(size.width, size.height, 10 * s),
    textLines(frame.title, pad, frame.titleTop, frame.titleSize, 'font-weight="700" fill="#1a1a1a"'),
    textLines(frame.summary, pad, frame.summaryTop, frame.summarySize, 'fill="#333333"'),
    labelSvg,
    chartSvg(chart, box),
    textLines(frame.footer, pad, frame.footerTop, frame.footSize, 'fill="#333333"'),
    '</svg>',
  ].join('');
}
