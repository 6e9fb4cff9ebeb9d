import { formatDate } from '../../../domain/format/date';
import type { Locale } from '../../../lib/i18n/locale';

export interface LineSeries {
  key: string;
  label: string;
  colour: string;
  /** Dashes tell the lines apart without colour. */
  dash?: string;
  points: { date: string; value?: number }[];
}

interface LineChartProps {
  label: string;
  series: readonly LineSeries[];
  locale: Locale;
  /** A vertical marker, e.g. the as-of date. */
  marker?: { date: string; label: string };
}

const W = 1600;
const H = 560;
const PAD = { left: 110, right: 30, top: 20, bottom: 60 };

/**
 * A projector-sized percentage-over-time chart in plain SVG (0–100 %): thick lines, 24 px labels.
 * Used when the dashboard's chart component is not available to the deck.
 */
export function LineChart({ label, series, locale, marker }: LineChartProps) {
  const dates = series.flatMap((s) => s.points.map((p) => Date.parse(p.date)));
  const first = Math.min(...dates);
  const last = Math.max(...dates);
  const x = (date: string) =>
    PAD.left + ((Date.parse(date) - first) / Math.max(1, last - first)) * (W - PAD.left - PAD.right);
  const y = (value: number) => PAD.top + (1 - value / 100) * (H - PAD.top - PAD.bottom);
  const months = Array.from(new Set(series.flatMap((s) => s.points.map((p) => p.date.slice(0, 7)))))
    .sort()
    .filter((_, i) => i % 2 === 0);
  return (
    <figure className="line-chart">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={label} className="line-chart__svg">
        {[0, 25, 50, 75, 100].map((v) => (
          <g key={v}>
            <line x1={PAD.left} x2={W - PAD.right} y1={y(v)} y2={y(v)} stroke="#8a949e" strokeWidth={2} />
            <text x={PAD.left - 12} y={y(v) + 9} textAnchor="end" fontSize={26} fill="#111">
              {v} %
            </text>
          </g>
        ))}
        {months.map((month) => (
          <text key={month} x={x(`${month}-01`)} y={H - 18} textAnchor="middle" fontSize={24} fill="#111">
            {formatDate(`${month}-01`, locale, 'short').replace(/^1 /, '')}
          </text>
        ))}
        {marker && Date.parse(marker.date) >= first && Date.parse(marker.date) <= last && (
          <g>
            <line
              x1={x(marker.date)}
              x2={x(marker.date)}
              y1={PAD.top}
              y2={H - PAD.bottom}
              stroke="#111"
              strokeWidth={3}
              strokeDasharray="8 6"
            />
            <text x={x(marker.date) - 10} y={PAD.top + 28} textAnchor="end" fontSize={24} fill="#111">
              {marker.label}
            </text>
          </g>
        )}
        {series.map((s) => {
          const known = s.points.filter((p) => p.value !== undefined);
          const d = known
            .map((p, i) => `${i === 0 ? 'M' : 'L'}${x(p.date).toFixed(1)} ${y(p.value!).toFixed(1)}`)
            .join('');
          return (
            <path
              key={s.key}
              d={d}
              fill="none"
              stroke={s.colour}
              strokeWidth={6}
              strokeDasharray={s.dash}
              strokeLinejoin="round"
            />
          );
        })}
      </svg>
      <figcaption className="line-chart__legend">
        {series.map((s) => (
          <span key={s.key} className="line-chart__key">
            <svg width="56" height="16" aria-hidden="true">
              <line x1="0" x2="56" y1="8" y2="8" stroke={s.colour} strokeWidth={6} strokeDasharray={s.dash} />
            </svg>
            {s.label}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
