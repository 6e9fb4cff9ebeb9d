import type { PathOptions } from 'leaflet';
import type { FeatureStyle } from '../../domain/map/colours';

/** Leaflet path options for a project feature; the selected one is wider and drawn on a dark halo. */
export function pathOptions(style: FeatureStyle, kind: 'line' | 'area', selected: boolean): PathOptions {
  return {
    color: style.colour,
    weight: selected ? 7 : kind === 'line' ? 4 : 2,
    opacity: 0.95,
    dashArray: style.dashArray ?? '',
    fill: kind === 'area',
    fillColor: style.colour,
    fillOpacity: kind === 'area' ? 0.35 : 0,
    lineCap: 'round',
    lineJoin: 'round',
  };
}

export const HALO: PathOptions = {
  color: '#111111',
  weight: 12,
  opacity: 0.85,
  fill: false,
  interactive: false,
};
