import { useQuery } from '@tanstack/react-query';
import type { FeatureCollection } from 'geojson';
import { GeoJSON, MapContainer } from 'react-leaflet';
import 'leaflet/dist/leaflet.css';

/** The regency's extent, so the map has its view before the boundaries arrive (as the app does). */
const BEKASI_BOUNDS: [[number, number], [number, number]] = [
  [-6.5, 106.95],
  [-6.0, 107.3],
];

async function fetchKecamatan(): Promise<FeatureCollection> {
  const response = await fetch('geo/kecamatan.geojson');
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return (await response.json()) as FeatureCollection;
}

/** The kecamatan polygons on a canvas, without tiles (the app's map reads without a tile server too). */
export function KecamatanMap() {
  const { data, isError } = useQuery({ queryKey: ['kecamatan'], queryFn: fetchKecamatan });
  return (
    <div className="floor__map" data-drawn={data ? data.features.length : 0}>
      {isError && <p role="alert">Batas kecamatan gagal dimuat.</p>}
      <MapContainer bounds={BEKASI_BOUNDS} preferCanvas className="floor__leaflet">
        {data && (
          <GeoJSON
            data={data}
            style={{ color: '#0b4f6c', weight: 1, fillColor: '#f3efe6', fillOpacity: 1 }}
          />
        )}
      </MapContainer>
    </div>
  );
}
