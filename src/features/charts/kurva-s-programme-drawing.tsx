import { XAxis, YAxis } from 'recharts';
import { KurvaSFrame } from '../../components/chart-card/kurva-s-frame';
import { AXIS_COLOUR } from '../../components/chart-card/palette';
import { PlainTick } from '../../components/chart-card/plain-tick';
import type { LegendItem } from '../../components/chart-card/svg-legend';
import type { KurvaSPoint } from '../../domain/aggregate/kurva-s';
import type { DatasetMeta } from '../../domain/dataset/types';
import { asOfLine } from '../../domain/format/as-of';
import { formatDate } from '../../domain/format/date';
import { useLanguage } from '../../lib/i18n/language';
import { INTL_LOCALE } from '../../lib/i18n/locale';
import { useMessages } from '../../lib/i18n/messages';
import { percentFormatter } from './format';
import { chartMessages } from './messages';

const monthFormats = new Map<string, Intl.DateTimeFormat>();
function monthOf(date: string, locale: 'id' | 'en'): string {
  let format = monthFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(INTL_LOCALE[locale], {
      month: 'short',
      timeZone: 'UTC',
    });
    monthFormats.set(locale, format);
  }
  return format.format(new Date(`${date}T00:00:00Z`));
}

/** Below this width a month label every month would crowd: every other month is named. */
const EVERY_MONTH_FROM_PX = 520;

/** One tick per month (the first week point in it), or per two months on a narrow chart. */
function monthTicks(points: readonly KurvaSPoint[], width: number): string[] {
  const seen = new Set<string>();
  const firsts = points.flatMap((p) => {
    const month = p.date.slice(0, 7);
    if (seen.has(month)) return [];
    seen.add(month);
    return [p.date];
  });
  return width >= EVERY_MONTH_FROM_PX ? firsts : firsts.filter((_, i) => i % 2 === 0);
}

export interface KurvaSProgrammeDrawingProps {
  rows: KurvaSPoint[];
  /** The drawing's height with its legend, px. */
  height: number;
  legend: LegendItem[];
  /** The data's date: a dashed line where it falls, labelled as asOfLine says. */
  meta: DatasetMeta;
}

/**
 * The programme's kurva S itself (Recharts) in the frame the project's curve shares, one tick a
 * month: in a module of its own, loaded when the card draws.
 */
export function KurvaSProgrammeDrawing({ rows, height, legend, meta }: KurvaSProgrammeDrawingProps) {
  const t = useMessages(chartMessages);
  const { locale } = useLanguage();
  const percent = percentFormatter(locale);
  return (
    <KurvaSFrame
      rows={rows}
      height={height}
      legend={legend}
      names={t}
      axes={(width) => (
        <>
          <XAxis
            dataKey="date"
            ticks={monthTicks(rows, width)}
            interval={0}
            tickFormatter={(date: string) => monthOf(date, locale)}
            tick={PlainTick}
            stroke={AXIS_COLOUR}
          />
          <YAxis
            domain={[0, 100]}
            ticks={[0, 25, 50, 75, 100]}
            interval={0}
            tickFormatter={percent}
            tick={PlainTick}
            stroke={AXIS_COLOUR}
            width={56}
          />
        </>
      )}
      tooltip={{ formatter: percent, labelFormatter: (date) => formatDate(String(date), locale) }}
      asOf={{
        x: meta.asOf,
        label: asOfLine(meta, locale, 'short'),
        side: meta.asOf > (rows[Math.floor(rows.length / 2)]?.date ?? '') ? 'left' : 'right',
      }}
    />
  );
}
