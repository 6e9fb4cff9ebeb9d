import { useId } from 'react';
import { CHOROPLETH_MODES, type ChoroplethMode } from '../../domain/map/choropleth';
import type { ColourMode } from '../../domain/map/colours';
import { useMessages } from '../../lib/i18n/messages';
import { mapMessages } from './map-messages';

interface MapToolbarProps {
  colourMode: ColourMode;
  onColourModeChange: (mode: ColourMode) => void;
  choropleth?: ChoroplethMode;
  onChoroplethChange: (mode: ChoroplethMode | undefined) => void;
  children?: React.ReactNode;
}

export function MapToolbar({
  colourMode,
  onColourModeChange,
  choropleth,
  onChoroplethChange,
  children,
}: MapToolbarProps) {
  const t = useMessages(mapMessages);
  const id = useId();
  const modes: [ColourMode, string][] = [
    ['status', t.byStatus],
    ['kategori', t.byCategory],
  ];
  const choroplethLabels: Record<ChoroplethMode, string> = { jumlah: t.byCount, anggaran: t.byBudget };
  return (
    <div className="map-toolbar">
      <fieldset className="map-toolbar__modes">
        <legend>{t.colourBy}</legend>
        {modes.map(([mode, label]) => (
          <label key={mode} className="map-toolbar__radio">
            <input
              type="radio"
              name={`${id}-colour`}
              value={mode}
              checked={colourMode === mode}
              onChange={() => onColourModeChange(mode)}
            />
            {label}
          </label>
        ))}
      </fieldset>
      <div className="map-toolbar__field">
        <label htmlFor={`${id}-choropleth`}>{t.choropleth}</label>
        <select
          id={`${id}-choropleth`}
          value={choropleth ?? ''}
          onChange={(e) => {
            const value = e.target.value;
            onChoroplethChange(
              (CHOROPLETH_MODES as readonly string[]).includes(value) ? (value as ChoroplethMode) : undefined,
            );
          }}
        >
          <option value="">{t.choroplethOff}</option>
          {CHOROPLETH_MODES.map((mode) => (
            <option key={mode} value={mode}>
              {choroplethLabels[mode]}
            </option>
          ))}
        </select>
      </div>
      {children}
    </div>
  );
}
