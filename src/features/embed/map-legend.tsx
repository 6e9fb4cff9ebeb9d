import { statusLabel } from '../../components/labels/domain-labels';
import type { StatusFilter } from '../../domain/filters/filters';
import { legendEntries } from '../../domain/map/colours';
import type { Project } from '../../domain/project/types';
import { useLanguage } from '../../lib/i18n/language';
import { useMessages } from '../../lib/i18n/messages';
import { mapMessages } from './map-messages';

/**
 * What the colours on the embed map mean: the statuses of the projects drawn, the alarming ones
 * first, each a swatch, its name and how many (colour never carries the meaning alone: kritis
 * work is also dashed, and the list under the map names every package).
 */
export function MapLegend({ projects }: { projects: readonly Project[] }) {
  const m = useMessages(mapMessages);
  const { locale } = useLanguage();
  const entries = legendEntries(
    projects.filter((p) => p.geometry),
    'status',
  );
  if (entries.length === 0) return null;
  return (
    <div className="embed-map__legend" data-testid="embed-map-legend">
      <p className="embed-map__legend-title">{m.mapLegend}</p>
      <ul className="embed-map__legend-list">
        {entries.map(({ key, colour, count }) => (
          <li key={key}>
            <svg className="embed-map__swatch" width="24" height="12" aria-hidden="true">
              <line
                x1="1"
                x2="23"
                y1="6"
                y2="6"
                stroke={colour}
                strokeWidth="4"
                strokeDasharray={key === 'kritis' ? '6 4' : undefined}
              />
            </svg>
            {statusLabel(key as StatusFilter, locale)} ({count})
          </li>
        ))}
      </ul>
      {entries.some((entry) => entry.key === 'kritis') && (
        <p className="embed-map__legend-note">{m.mapLegendDashed}</p>
      )}
    </div>
  );
}
