/**
 * The picture a shared chart link shows in WhatsApp, X or Facebook (og:image): laid out for its own
 * size, as OWID and Datawrapper do, not a screenshot shrunk into it. Title, the takeaway sentence,
 * the chart filling the rest, then source, date and site: stacked on a square, a story or the
 * standard download, in two columns on a landscape card (X, the link preview), where a stacked
 * chart would get a third of the height. The sample label sits inside the chart's area, where no
 * crop can lose it.
 */
import {
  BOLD_CHAR_EM,
  cardOpening,
  chartSvg,
  sampleLabelSvg,
  textLines,
  wrapText,
  type SocialCardContent,
} from './card-svg-parts';
import { isLandscape, landscapeCardSvg, landscapeFrame } from './landscape-card';

export type { SocialCardContent } from './card-svg-parts';

export const SOCIAL_CARD_SIZE = { width: 1200, height: 630 } as const;

export { escapeXml, wrapText } from './card-svg-parts';

const PAD = 48;

type CardText = Omit<SocialCardContent, 'chart'>;
type CardSize = { width: number; height?: number };
/**
 * The width to draw a chart of this height at so it fills a box of this shape (its height is set
 * by its rows, never by its width). Kept between a phone's and a desktop page's width: the charts
 * share out their name column and ticks for those, and were never tried outside them.
 */
export function chartWidthToFill(room: { width: number; height: number }, chartHeight: number): number {
  return Math.round(Math.min(1100, Math.max(360, (room.width * chartHeight) / room.height)));
}

/** Title, takeaway and the rest stacked over the chart: square, portrait and the standard download. */
function stackedFrame(content: CardText, size: CardSize) {
  const { width } = size;
  const portrait = size.height !== undefined && size.height > width * 1.2;
  const k = (width / 1200) * (portrait ? 1.35 : 1);
  const pad = Math.round((PAD * width) / 1200);
  const inner = width - 2 * pad;
  const [titleSize, summarySize, footSize] = [46 * k, 26 * k, 20 * k];
  const title = wrapText(content.title, titleSize, inner, portrait ? 3 : 2, BOLD_CHAR_EM);
  const summary = content.summary ? wrapText(content.summary, summarySize, inner, portrait ? 5 : 2) : [];
  const footer = content.lines.flatMap((line) => wrapText(line, footSize, inner, 2));
  const titleTop = pad - 8 * k;
  const summaryTop = titleTop + title.length * titleSize * 1.2 + 6 * k;
  const areaTop = summaryTop + summary.length * summarySize * 1.2 + 18 * k;
  const footerHeight = footer.length * footSize * 1.2;
  // The sample label has a strip of its own at the top of the chart's area: inside any crop of
  // the chart, over none of its marks.
  const labelHeight = content.sampleLabel ? 34 * k : 0;
  const labelGap = content.sampleLabel ? 8 * k : 0;
  const bottomRoom = 14 * k + footerHeight + pad - 8 * k;
  const room = (height: number) => Math.max(80, height - bottomRoom - areaTop - labelHeight - labelGap);
  return {
    ...{ k, pad, inner, titleSize, summarySize, footSize, title, summary, footer },
    ...{ titleTop, summaryTop, areaTop, footerHeight, labelHeight, labelGap, bottomRoom, room },
  };
}

/**
 * The box a card of this size leaves its chart, px: a page can draw the chart to fit it (its text
 * then reads at the card's scale) instead of shrinking a drawing made for another shape.
 */
export function cardChartRoom(
  content: CardText,
  size: Required<CardSize>,
): { width: number; height: number } {
  if (isLandscape(size)) {
    const { room } = landscapeFrame(content, size);
    return { width: room.width, height: room.height };
  }
  const frame = stackedFrame(content, size);
  return { width: frame.inner, height: frame.room(size.height) };
}

function stackedCardSvg(content: SocialCardContent, size: CardSize): string {
  const { width } = size;
  const frame = stackedFrame(content, size);
  const { k, pad, inner, titleSize, summarySize, footSize, title, summary, footer, titleTop, summaryTop } =
    frame;
  const { areaTop, footerHeight, labelHeight, labelGap, bottomRoom } = frame;
  const label = content.sampleLabel;
  const { chart } = content;
  const natural = (inner * chart.height) / chart.width;
  const height = size.height ?? Math.ceil(areaTop + labelHeight + labelGap + natural + bottomRoom);
  const room = frame.room(height);
  const drawnHeight = Math.min(room, natural);
  const drawnWidth = (drawnHeight * chart.width) / chart.height;
  const areaY = areaTop + (room - drawnHeight) / 2;
  const chartY = areaY + labelHeight + labelGap;
  const labelWidth = label ? Math.min(inner, Math.round(label.length * footSize * 0.68 + 24 * k)) : 0;
  const areaRight = pad + (inner + Math.max(drawnWidth, labelWidth)) / 2;
  return [
    cardOpening(width, height, 10 * k),
    textLines(title, pad, titleTop, titleSize, 'font-weight="700" fill="#1a1a1a"'),
    textLines(summary, pad, summaryTop, summarySize, 'fill="#333333"'),
    label
      ? sampleLabelSvg(
          label,
          { x: areaRight - labelWidth, y: areaY, width: labelWidth, height: labelHeight },
          footSize,
          true,
        )
      : '',
    chartSvg(chart, { x: pad, y: chartY, width: inner, height: drawnHeight }),
    textLines(footer, pad, height - pad + 8 * k - footerHeight, footSize, 'fill="#333333"'),
    '</svg>',
  ].join('');
}

/**
 * The whole card as one SVG document, to be rasterized: by the build for a link preview
 * (tools/social/render-social-card.ts), by the browser for a PNG download. Without a height the
 * card is as tall as its chart needs; with one (a social size) the chart takes the room left and
 * sits centred in it, beside the text on a landscape card, under it on a square or a story, where
 * the text also grows; nothing is drawn smaller than it must be.
 */
export function socialCardSvg(content: SocialCardContent, size: CardSize = SOCIAL_CARD_SIZE): string {
  const { width, height } = size;
  return height !== undefined && isLandscape(size)
    ? landscapeCardSvg(content, { width, height })
    : stackedCardSvg(content, size);
}
