/** The pieces every social card is drawn with: its text, wrapped and escaped, its frame, its label. */
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

export const FONT = 'DejaVu Sans, Liberation Sans, Arial, sans-serif';
/** Average advance of a character, in em, for wrapping without measuring (DejaVu Sans is wide). */
export const CHAR_EM = 0.56;
/** The same for the bold titles: a long title measured as regular text ran past the card's edge. */
export const BOLD_CHAR_EM = 0.64;

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

export function textLines(lines: string[], x: number, top: number, size: number, attrs: string): string {
  return lines
    .map(
      (line, i) =>
        `<text x="${x}" y="${round(top + size * (i + 1) * 1.2 - size * 0.25)}" font-size="${round(size)}" ${attrs}>${escapeXml(line)}</text>`,
    )
    .join('');
}

export const round = (value: number) => Math.round(value * 10) / 10;

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export function cardOpening(width: number, height: number, barHeight: number): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${FONT}">`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    `<rect width="${width}" height="${round(barHeight)}" fill="#0b4f6c"/>`,
  ].join('');
}

/** The sample label in a box of its own; `upright` false turns it to run up the box. */
export function sampleLabelSvg(label: string, box: Box, fontSize: number, upright: boolean): string {
  const centreX = round(box.x + box.width / 2);
  const place = upright
    ? `x="${centreX}" y="${round(box.y + box.height * 0.7)}"`
    : `x="0" y="${round(fontSize * 0.36)}" transform="translate(${centreX} ${round(box.y + box.height / 2)}) rotate(-90)"`;
  return (
    `<g data-role="sample-label"><rect x="${round(box.x)}" y="${round(box.y)}" width="${round(box.width)}" height="${round(box.height)}" rx="4" fill="#fff4d6" stroke="#8a5a00" stroke-width="2"/>` +
    `<text ${place} font-size="${round(fontSize)}" font-weight="700" text-anchor="middle" fill="#5c3b00">${escapeXml(label)}</text></g>`
  );
}

export function chartSvg(chart: { width: number; height: number; body: string }, box: Box): string {
  return `<svg x="${round(box.x)}" y="${round(box.y)}" width="${round(box.width)}" height="${round(box.height)}" viewBox="0 0 ${chart.width} ${chart.height}" preserveAspectRatio="xMidYMid meet">${chart.body}</svg>`;
}
