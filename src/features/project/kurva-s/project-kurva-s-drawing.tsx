import { XAxis, YAxis } from 'recharts';
import { KurvaSFrame } from '../../../components/chart-card/kurva-s-frame';
import { PlainTick } from '../../../components/chart-card/plain-tick';
import { TOLERANCE_BAND_COLOUR, TOLERANCE_BAND_OPACITY } from '../../../components/chart-card/palette';
import type { LegendItem } from '../../../components/chart-card/svg-legend';
import type { KurvaSRow } from '../../../domain/progress/kurva-s';
import type { DatasetMeta } from '../../../domain/dataset/types';
import { asOfLine } from '../../../domain/format/as-of';
import { formatDate } from '../../../domain/format/date';
import { formatNumber } from '../../../domain/format/number';
import { useLanguage } from '../../../lib/i18n/language';
import { useMessages } from '../../../lib/i18n/messages';
import { kurvaSMessages } from './messages';
import { ToleranceBand } from './tolerance-band';

const WEEK_MS = 86_400_000 * 7;

export interface ProjectKurvaSDrawingProps {
  rows: KurvaSRow[];
  /** The drawing's height with its legend, px. */
  height: number;
  legend: LegendItem[];
  /** The data's date: a dashed line where it falls inside the curve, labelled as asOfLine says. */
  meta: Pick<DatasetMeta, 'asOf' | 'asOfSource'>;
}

/**
 * The project's kurva S itself (Recharts), in the frame the programme's curve shares, on a time
 * axis (reports come at uneven dates): in a module of its own, loaded when the card draws.
 */
export function ProjectKurvaSDrawing({ rows, height, legend, meta }: ProjectKurvaSDrawingProps) {
  const t = useMessages(kurvaSMessages);
  const { locale } = useLanguage();
  const asOfTime = Date.parse(`${meta.asOf}T00:00:00Z`);
  const first = rows[0]!.time;
  const last = rows[rows.length - 1]!.time;
  const tick = (time: number) => formatDate(new Date(time).toISOString().slice(0, 10), locale, 'short');
  const pct = (value: unknown) => (typeof value === 'number' ? `${formatNumber(value, locale, 2)} %` : '–');
  return (
    <KurvaSFrame
      rows={rows}
      height={height}
      legend={legend}
      names={t}
      markPoints
      axes={() => (
        <>
          <XAxis
            dataKey="time"
            type="number"
            scale="time"
            domain={first === last ? [first - WEEK_MS, last + WEEK_MS] : [first, last]}
            tickFormatter={tick}
            minTickGap={24}
            tick={PlainTick}
          />
          {/* interval 0: the five ticks always fit, so Recharts need not measure their labels. */}
          <YAxis
            domain={[0, 100]}
            ticks={[0, 25, 50, 70, 100]}
            interval={0}
            unit="%"
            width={48}
            tick={PlainTick}
          />
        </>
      )}
      tooltip={{
        labelFormatter: (label) => (typeof label === 'number' ? tick(label) : String(label)),
        formatter: pct,
      }}
      asOf={
        asOfTime >= first && asOfTime <= last
          ? {
              x: asOfTime,
              label: asOfLine(meta, locale, 'short'),
              side: asOfTime - first > (last - first) / 2 ? 'left' : 'right',
            }
          : undefined
      }
    >
      <ToleranceBand rows={rows} fill={TOLERANCE_BAND_COLOUR} opacity={TOLERANCE_BAND_OPACITY} />
    </KurvaSFrame>
  );
}
