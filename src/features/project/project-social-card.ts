import { chartCardMessages } from '../../components/chart-card/messages';
import { GRID_COLOUR, INK_COLOUR, KURVA_S_SERIES } from '../../components/chart-card/palette';
import type { DatasetMeta } from '../../domain/dataset/types';
import { asOfLine, sourceLine } from '../../domain/format/as-of';
import { formatDate } from '../../domain/format/date';
import { formatPercent } from '../../domain/format/number';
import type { Project } from '../../domain/project/types';
import { escapeXml, type SocialCardContent } from '../../lib/download/social-card';
import { projectPreviewFacts } from './project-preview';

/** The drawing's own units; the card scales it into the room it has (social-card.ts). */
const WIDTH = 1000;
const ROW = 64;
const BAR = 40;
const LABEL_WIDTH = 280;
const VALUE_ROOM = 130;
const AXIS_ROOM = 40;
const FONT_SIZE = 26;

interface ProgressBar {
  label: string;
  value: number;
  colour: string;
}

/** Plan, physical and financial progress at the report date: the bars the card draws. */
function progressBars(project: Project): ProgressBar[] {
  const { planned, actual, financialPercent } = project.progress;
  const bars: [string, number | undefined, string][] = [
    ['Rencana fisik', planned, KURVA_S_SERIES.planned.colour],
    ['Realisasi fisik', actual, KURVA_S_SERIES.actual.colour],
    ['Realisasi keuangan', financialPercent, KURVA_S_SERIES.financial.colour],
  ];
  return bars.flatMap(([label, value, colour]) =>
    value !== undefined && Number.isFinite(value) ? [{ label, value, colour }] : [],
  );
}

/**
 * Horizontal bars on one 0–100 % scale (wider only if a value passes 100), so each bar's length
 * is its value: a reader compares plan and progress at a glance, with the number beside each bar.
 */
export function progressBarsSvg(bars: readonly ProgressBar[]): {
  width: number;
  height: number;
  body: string;
} {
  const height = Math.max(1, bars.length) * ROW + AXIS_ROOM;
  const plot = WIDTH - LABEL_WIDTH - VALUE_ROOM;
  const max = Math.max(100, ...bars.map((bar) => bar.value));
  const x = (value: number) => LABEL_WIDTH + (Math.max(0, value) / max) * plot;
  const ticks = [0, 25, 50, 75, 100].map(
    (tick) =>
      `<line x1="${x(tick)}" x2="${x(tick)}" y1="0" y2="${height - AXIS_ROOM}" stroke="${GRID_COLOUR}"/>` +
      `<text x="${x(tick)}" y="${height - 8}" font-size="${FONT_SIZE - 4}" text-anchor="middle" fill="${INK_COLOUR}">${escapeXml(formatPercent(tick, 'id', 0))}</text>`,
  );
  const rows = bars.map((bar, i) => {
    const top = i * ROW + (ROW - BAR) / 2;
    const middle = top + BAR / 2 + FONT_SIZE * 0.35;
    return (
      `<text x="${LABEL_WIDTH - 16}" y="${middle}" font-size="${FONT_SIZE}" text-anchor="end" fill="${INK_COLOUR}">${escapeXml(bar.label)}</text>` +
      `<rect x="${LABEL_WIDTH}" y="${top}" width="${x(bar.value) - LABEL_WIDTH}" height="${BAR}" fill="${bar.colour}"/>` +
      `<text x="${x(bar.value) + 12}" y="${middle}" font-size="${FONT_SIZE}" font-weight="700" fill="${INK_COLOUR}">${escapeXml(formatPercent(bar.value))}</text>`
    );
  });
  const empty = bars.length
    ? ''
    : `<text x="${LABEL_WIDTH}" y="${ROW / 2 + FONT_SIZE * 0.35}" font-size="${FONT_SIZE}" fill="${INK_COLOUR}">Belum ada laporan progres</text>`;
  return { width: WIDTH, height, body: [...ticks, ...rows, empty].join('') };
}

/**
 * A project's link preview picture (og:image of its built page): its name, what and where it is
 * with its kritis verdict, its plan and progress as bars, then the dates each figure is valid for
 * and the sample label. In Indonesian, like the page a shared link opens.
 */
export function projectSocialCard(project: Project, meta: DatasetMeta, siteUrl?: string): SocialCardContent {
  const t = chartCardMessages.id;
  const facts = projectPreviewFacts(project);
  const report = project.progress.reportDate;
  const dates = [
    report && progressBars(project).length > 0 ? `Progres per ${formatDate(report)}` : undefined,
    asOfLine(meta),
  ].filter(Boolean);
  return {
    title: project.title,
    summary: [facts.what, facts.pagu, facts.kritis].filter(Boolean).join(' · '),
    lines: [[sourceLine(meta), ...dates].join(' · '), ...(siteUrl ? [`${t.site}: ${siteUrl}`] : [])],
    sampleLabel: meta.isSample ? t.sample : undefined,
    chart: progressBarsSvg(progressBars(project)),
  };
}
