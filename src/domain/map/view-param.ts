/** The map's view in the URL: `peta=lat,lng,zoom`, e.g. `peta=-6.25000,107.15000,13`. */
export interface MapView {
  lat: number;
  lng: number;
  zoom: number;
}

export const MIN_ZOOM = 9;
export const MAX_ZOOM = 19;

/** A malformed or far-away view is rejected (the caller reports it as ignored), never clamped silently. */
export function parseMapView(value: string | null | undefined): MapView | undefined {
  if (!value) return undefined;
  const parts = value.split(',');
  if (parts.length !== 3) return undefined;
  const [lat, lng, zoom] = parts.map((p) => (p.trim() === '' ? NaN : Number(p)));
  if (lat === undefined || lng === undefined || zoom === undefined) return undefined;
  if (![lat, lng, zoom].every(Number.isFinite)) return undefined;
  // Only views on or near Java's north coast make sense for a Bekasi map.
  if (lat < -8 || lat > -5 || lng < 105 || lng > 109) return undefined;
  if (zoom < MIN_ZOOM || zoom > MAX_ZOOM) return undefined;
  return { lat, lng, zoom: roundZoom(zoom) };
}

/** The map snaps to half zoom levels, so a tall regency fills a wide screen. */
const roundZoom = (zoom: number) => Math.round(zoom * 2) / 2;

/** Five decimals is about a metre: enough to reproduce a view, short enough to share. */
export function formatMapView({ lat, lng, zoom }: MapView): string {
  return `${lat.toFixed(5)},${lng.toFixed(5)},${roundZoom(zoom)}`;
}

export function sameView(a: MapView | undefined, b: MapView | undefined): boolean {
  if (!a || !b) return a === b;
  return a.zoom === b.zoom && Math.abs(a.lat - b.lat) < 1e-5 && Math.abs(a.lng - b.lng) < 1e-5;
}
