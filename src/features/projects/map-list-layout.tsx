import { useEffect, useRef, type ReactNode } from 'react';
import './projects.css';
import { useMessages } from '../../lib/i18n/messages';
import { defineMessages } from '../../lib/i18n/messages';

/** Below this width map and list are tabs (kept in step with projects.css). */
export const NARROW_LAYOUT = '(max-width: 899.98px)';

export type MapListTab = 'peta' | 'daftar';

const messages = defineMessages({
  id: { view: 'Tampilan', map: 'Peta', list: 'Daftar' },
  en: { view: 'View', map: 'Map', list: 'List' },
});

interface MapListLayoutProps {
  tab: MapListTab;
  onTabChange: (tab: MapListTab) => void;
  summary?: ReactNode;
  /**
   * Changes when a different project is summarised: the summary is then scrolled into sight. Give
   * the committed URL's value, so this runs after the router has restored the page's position.
   */
  summaryKey?: string;
  list: ReactNode;
  map: ReactNode;
}

/**
 * Phones first: below 900px the map and the list are two tabs (one screen each, no sideways
 * scrolling); wider screens show the list beside the map. The summary sits above both.
 */
export function MapListLayout({ tab, onTabChange, summary, summaryKey, list, map }: MapListLayoutProps) {
  const t = useMessages(messages);
  const summaryRef = useRef<HTMLDivElement>(null);
  // On a phone the page scrolls through the list, so a row tapped far down would open its summary
  // out of sight, above the list.
  useEffect(() => {
    const box = summaryRef.current;
    if (summaryKey && box && box.getBoundingClientRect().top < 0) box.scrollIntoView({ block: 'start' });
  }, [summaryKey]);
  const tabs: [MapListTab, string][] = [
    ['peta', t.map],
    ['daftar', t.list],
  ];
  return (
    <div className="map-list" data-tab={tab}>
      <div className="map-list__tabs" role="group" aria-label={t.view}>
        {tabs.map(([value, label]) => (
          <button
            key={value}
            type="button"
            className="map-list__tab"
            aria-pressed={tab === value}
            onClick={() => onTabChange(value)}
          >
            {label}
          </button>
        ))}
      </div>
      {summary && (
        <div ref={summaryRef} className="map-list__summary">
          {summary}
        </div>
      )}
      <div className="map-list__list">{list}</div>
      <div className="map-list__map">{map}</div>
    </div>
  );
}
