import { useEffect, useRef } from 'react';
import { useMap } from 'react-leaflet';
import type { LatLngBox } from '../../domain/map/bounds';
import { sameView, type MapView } from '../../domain/map/view-param';
import { useLatest } from '../../lib/use-latest';

interface ViewSyncProps {
  view?: MapView;
  onViewChange: (view: MapView) => void;
  /** Box of the selected project: brought into view when it is off screen. */
  selectedBox?: LatLngBox;
  selectedId?: string;
  /** Box of the kecamatan filter: the map fits it when the filter changes. */
  focusBox?: LatLngBox;
  focusKey?: string;
  /**
   * The project layers have caught up with the filter. The map moves to a new kecamatan only then:
   * moving first would make Leaflet reproject the thousands of shapes about to be removed.
   */
  layersReady: boolean;
}

const currentView = (map: L.Map): MapView => {
  const c = map.getCenter();
  return { lat: c.lat, lng: c.lng, zoom: map.getZoom() };
};

/**
 * Keeps the map and the `peta` URL parameter in step. MapContainer's props are fixed after mount,
 * so later changes (back button, a pasted link, a selection, a kecamatan filter) move the map here.
 */
export function ViewSync(props: ViewSyncProps) {
  const { view, onViewChange, selectedBox, selectedId, focusBox, focusKey, layersReady } = props;
  const map = useMap();
  const onViewChangeRef = useLatest(onViewChange);
  // A shared link's view wins over the first selection and filter: the sender chose it.
  const keepSharedView = useRef(view !== undefined);

  // The view the map last wrote to the address, to tell its own echo from a real change.
  const lastWritten = useRef<MapView | undefined>(undefined);

  useEffect(() => {
    function writeView() {
      lastWritten.current = currentView(map);
      onViewChangeRef.current(lastWritten.current);
    }
    map.on('moveend', writeView);
    // Leaflet only watches the window; the map also resizes when a phone tab or panel changes.
    const observer = new ResizeObserver(() => map.invalidateSize());
    observer.observe(map.getContainer());
    return function stopSync() {
      map.off('moveend', writeView);
      observer.disconnect();
    };
  }, [map, onViewChangeRef]);

  useEffect(() => {
    if (!view) return;
    // The map's own last view coming back through the address while the map has moved on (a zoom
    // tapped during the round trip) is not a change to follow: following it undid the tap.
    if (lastWritten.current && sameView(view, lastWritten.current)) return;
    if (!sameView(view, currentView(map))) map.setView([view.lat, view.lng], view.zoom);
  }, [map, view]);

  // A kecamatan chosen and not yet fitted: fitted once, when the layers are ready (see layersReady).
  const pendingFocus = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (keepSharedView.current) return;
    pendingFocus.current = focusKey;
  }, [focusKey, focusBox]);
  useEffect(() => {
    if (!layersReady || !pendingFocus.current || !focusBox) return;
    pendingFocus.current = undefined;
    map.fitBounds(focusBox, { padding: [16, 16] });
  }, [map, focusKey, focusBox, layersReady]);

  useEffect(() => {
    if (!selectedId || !selectedBox) return;
    if (keepSharedView.current) return;
    if (!map.getBounds().contains(selectedBox))
      map.fitBounds(selectedBox, { padding: [48, 48], maxZoom: 16 });
  }, [map, selectedId, selectedBox]);

  useEffect(() => {
    keepSharedView.current = false;
  }, []);

  return null;
}
