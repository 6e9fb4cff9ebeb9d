/**
 * The picture a shared chart link shows in WhatsApp, X or Facebook (og:image): laid out for its own
 * size, as OWID and Datawrapper do, not a screenshot shrunk into it. Title, the takeaway sentence,
 * the chart filling the rest, then source, date and site; the sample label sits inside the chart's
 * area, where no crop can lose it.
 */
export interface SocialCardContent {
  title: string;
  /** The chart's one-sentence takeaway (its summary line). */
  summary: string;
  /** Provenance under the chart: "Sumber: … · Data per …", the site. */
  lines: string[];
  /** "DATA CONTOH — bukan data resmi" for a sample package. */
  sampleLabel?: string;
  /** The chart's own SVG: its size and its inner markup (serialized by the DOM: XML-safe text). */
  chart: { width: number; height: number; body: string };
}

export const SOCIAL_CARD_SIZE = { width: 1200, height: 630 } as const;

const PAD = 48;
const FONT = 'DejaVu Sans, Liberation Sans, Arial, sans-serif';
/** Average advance of a character, in em, for wrapping without measuring (DejaVu Sans is wide). */
const CHAR_EM = 0.56;
/** The same for the bold titles: a long title measured as regular text ran past the card's edge. */
const BOLD_CHAR_EM = 0.64;

/** Text from data goes into XML: every markup character escaped. */
export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** Lines of at most `width` px at `size` px, broken between words; the last one ends with "…". */
export function wrapText(
  text: string,
  size: number,
  width: number,
  maxLines: number,
  em = CHAR_EM,
): string[] {
  const perLine = Math.max(8, Math.floor(width / (size * em)));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (candidate.length <= perLine || !line) {
      line = candidate.length > perLine ? `${candidate.slice(0, perLine - 1)}…` : candidate;
      continue;
    }
    lines.push(line);
    line = word;
    if (lines.length === maxLines) break;
  }
  if (lines.length < maxLines && line) lines.push(line);
  const whole = lines.join(' ').replace(/…$/, '').length >= text.trim().replace(/\s+/g, ' ').length;
  if (!whole && lines.length > 0) {
    const last = lines[lines.length - 1]!;
    lines[lines.length - 1] = `${last.slice(0, Math.max(1, perLine - 1)).replace(/…$/, '')}…`;
  }
  return lines;
}

function textLines(lines: string[], x: number, top: number, size: number, attrs: string): string {
  return lines
    .map(
      (line, i) =>
        `<text x="${x}" y="${round(top + size * (i + 1) * 1.2 - size * 0.25)}" font-size="${round(size)}" ${attrs}>${escapeXml(line)}</text>`,
    )
    .join('');
}

const round = (value: number) => Math.round(value * 10) / 10;

type CardText = Omit<SocialCardContent, 'chart'>;
type CardSize = { width: number; height?: number };

/** Where everything but the chart goes, for a card of this size: the chart gets what is left. */
function cardFrame(content: CardText, size: CardSize) {
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
  const frame = cardFrame(content, size);
  return { width: frame.inner, height: frame.room(size.height) };
}

/**
 * The whole card as one SVG document, to be rasterized: by the build for a link preview
 * (tools/social/render-social-card.ts), by the browser for a PNG download. Without a height the
 * card is as tall as its chart needs; with one (a social size) the chart takes the room left and
 * sits centred in it, text grows on a portrait story, and nothing is drawn smaller than it must be.
 */
export function socialCardSvg(content: SocialCardContent, size: CardSize = SOCIAL_CARD_SIZE): string {
  const { width } = size;
  const frame = cardFrame(content, size);
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
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${FONT}">`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    `<rect width="${width}" height="${round(10 * k)}" fill="#0b4f6c"/>`,
    textLines(title, pad, titleTop, titleSize, 'font-weight="700" fill="#1a1a1a"'),
    textLines(summary, pad, summaryTop, summarySize, 'fill="#333333"'),
    label
      ? `<g data-role="sample-label"><rect x="${round(areaRight - labelWidth)}" y="${round(areaY)}" width="${labelWidth}" height="${round(labelHeight)}" rx="4" fill="#fff4d6" stroke="#8a5a00" stroke-width="2"/>` +
        `<text x="${round(areaRight - labelWidth / 2)}" y="${round(areaY + labelHeight * 0.7)}" font-size="${round(footSize)}" font-weight="700" text-anchor="middle" fill="#5c3b00">${escapeXml(label)}</text></g>`
      : '',
    `<svg x="${pad}" y="${round(chartY)}" width="${inner}" height="${round(drawnHeight)}" viewBox="0 0 ${chart.width} ${chart.height}" preserveAspectRatio="xMidYMid meet">${chart.body}</svg>`,
    textLines(footer, pad, height - pad + 8 * k - footerHeight, footSize, 'fill="#333333"'),
    '</svg>',
  ].join('');
}
