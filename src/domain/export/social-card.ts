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
export function wrapText(text: string, size: number, width: number, maxLines: number): string[] {
  const perLine = Math.max(8, Math.floor(width / (size * CHAR_EM)));
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
        `<text x="${x}" y="${top + size * (i + 1) * 1.2 - size * 0.25}" font-size="${size}" ${attrs}>${escapeXml(line)}</text>`,
    )
    .join('');
}

/** The whole card as one SVG document, to be rasterized (tools/social/render-social-card.ts). */
export function socialCardSvg(content: SocialCardContent, size = SOCIAL_CARD_SIZE): string {
  const { width, height } = size;
  const inner = width - 2 * PAD;
  const title = wrapText(content.title, 46, inner, 2);
  const summary = wrapText(content.summary, 26, inner, 2);
  const footer = content.lines.flatMap((line) => wrapText(line, 20, inner, 1));
  const titleTop = PAD - 8;
  const summaryTop = titleTop + title.length * 46 * 1.2 + 6;
  const chartTop = summaryTop + summary.length * 26 * 1.2 + 18;
  const footerHeight = footer.length * 20 * 1.2;
  const chartBottom = height - PAD + 8 - footerHeight - 14;
  const chartHeight = Math.max(80, chartBottom - chartTop);
  const { chart } = content;
  const label = content.sampleLabel;
  // Bold capitals run wider than the average advance.
  const labelWidth = label ? Math.round(label.length * 20 * 0.68 + 24) : 0;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${FONT}">`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    `<rect width="${width}" height="10" fill="#0b4f6c"/>`,
    textLines(title, PAD, titleTop, 46, 'font-weight="700" fill="#1a1a1a"'),
    textLines(summary, PAD, summaryTop, 26, 'fill="#333333"'),
    `<svg x="${PAD}" y="${chartTop}" width="${inner}" height="${chartHeight}" viewBox="0 0 ${chart.width} ${chart.height}" preserveAspectRatio="xMidYMid meet">${chart.body}</svg>`,
    label
      ? `<g><rect x="${width - PAD - labelWidth}" y="${chartTop}" width="${labelWidth}" height="34" rx="4" fill="#fff4d6" stroke="#8a5a00" stroke-width="2"/>` +
        `<text x="${width - PAD - labelWidth / 2}" y="${chartTop + 24}" font-size="20" font-weight="700" text-anchor="middle" fill="#5c3b00">${escapeXml(label)}</text></g>`
      : '',
    textLines(footer, PAD, height - PAD + 8 - footerHeight, 20, 'fill="#333333"'),
    '</svg>',
  ].join('');
}
