import { TileLayer } from 'react-leaflet';

// Our own constant, not data: Leaflet renders attributions as HTML.
const OSM_ATTRIBUTION = '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>';

/**
 * OpenStreetMap's tiles under every Leaflet map (the app's and the embed's). Without them (offline,
 * or here in tests) the maps still show Bekasi: its boundaries are drawn from GeoJSON.
 */
export function OsmTiles() {
  return (
    <TileLayer
      url="https://tile.openstreetmap.org/{z}/{x}/{y}.png"
      attribution={OSM_ATTRIBUTION}
      maxZoom={19}
    />
  );
}
