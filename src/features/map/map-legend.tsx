import type { Project } from '../../domain/project/types';
import { legendEntries, type ColourMode } from '../../domain/map/colours';
import { CHOROPLETH_ZERO, type ChoroplethClass } from '../../domain/map/choropleth';
import { formatNumber } from '../../domain/format/number';
import { CATEGORY_LABELS, STATUS_LABELS } from '../../components/labels/domain-labels';
import { useLanguage } from '../../lib/i18n/language';
import { useMessages } from '../../lib/i18n/messages';
import { mapMessages } from './map-messages';

interface MapLegendProps {
  projects: readonly Project[];
  colourMode: ColourMode;
  unlocated: number;
  choropleth?: { title: string; classes: ChoroplethClass[]; format: (value: number) => string };
}

/** The legend in text with counts: the colours' meaning never rests on the colour alone. */
export function MapLegend({ projects, colourMode, unlocated, choropleth }: MapLegendProps) {
  const t = useMessages(mapMessages);
  const { locale } = useLanguage();
  const entries = legendEntries(projects, colourMode);
  const label = (key: string) =>
    colourMode === 'status'
      ? STATUS_LABELS[locale][key as keyof (typeof STATUS_LABELS)['id']]
      : CATEGORY_LABELS[locale][key as keyof (typeof CATEGORY_LABELS)['id']];
  return (
    <section className="map-legend" aria-label={t.legend} data-testid="map-legend">
      <ul className="map-legend__list">
        {entries.map((entry) => (
          <li key={entry.key}>
            <span
              className={`map-legend__swatch${entry.key === 'kritis' ? ' map-legend__swatch--dashed' : ''}`}
              style={{ color: entry.colour }}
              aria-hidden="true"
            />
            {label(entry.key)} ({formatNumber(entry.count, locale)})
          </li>
        ))}
      </ul>
      <p className="map-legend__note">{t.kritisDashed}</p>
      {choropleth && (
        <div className="map-legend__choropleth">
          <p className="map-legend__heading">{t.choroplethLegend(choropleth.title)}</p>
          <ul className="map-legend__list">
            <li>
              <span className="map-legend__box" style={{ background: CHOROPLETH_ZERO }} aria-hidden="true" />
              {t.zero}
            </li>
            {choropleth.classes.map((c) => (
              <li key={c.colour}>
                <span className="map-legend__box" style={{ background: c.colour }} aria-hidden="true" />
                {c.min === c.max
                  ? choropleth.format(c.min)
                  : `${choropleth.format(c.min)} – ${choropleth.format(c.max)}`}
              </li>
            ))}
          </ul>
        </div>
      )}
      {unlocated > 0 && (
        <p className="map-legend__note" data-testid="unlocated-note">
          {t.unlocated(unlocated)}
        </p>
      )}
    </section>
  );
}
