import { useEffect, useState } from 'react';
import type L from 'leaflet';
import { CircleMarker, MapContainer, Tooltip } from 'react-leaflet';
import 'leaflet/dist/leaflet.css';
import '../../components/map/leaflet-touch.css';
import { OsmTiles } from '../../components/map/osm-tiles';
import type { BoundaryCollection } from '../../domain/geo/boundaries';
import type { Position } from '../../domain/geo/geometry';
import type { Project } from '../../domain/project/types';
import type { LatLngBox } from '../../domain/map/bounds';
import type { ChoroplethClass, ChoroplethMode, KecamatanTotals } from '../../domain/map/choropleth';
import type { ColourMode } from '../../domain/map/colours';
import { MAX_ZOOM, MIN_ZOOM, type MapView } from '../../domain/map/view-param';
import { useMessages } from '../../lib/i18n/messages';
import { BoundariesLayer } from './boundaries-layer';
import { heldCanvas } from './held-canvas';
import { KeyboardSelect } from './keyboard-select';
import { mapMessages } from './map-messages';
import { PointsLayer } from './points-layer';
import { ShapesLayer } from './shapes-layer';
import { ViewSync } from './view-sync';

export interface LeafletMapProps {
  projects: readonly Project[];
  boundaries?: BoundaryCollection;
  selectedId?: string;
  onSelect: (id: string) => void;
  view?: MapView;
  onViewChange: (view: MapView) => void;
  colourMode: ColourMode;
  choropleth?: { mode: ChoroplethMode; classes: ChoroplethClass[]; totals: Map<string, KecamatanTotals> };
  formatValue: (value: number) => string;
  /** Kecamatan filter slug: the map fits that kecamatan when it changes. */
  kecamatan?: string;
  initialBox: LatLngBox;
  selectedBox?: LatLngBox;
  focusBox?: LatLngBox;
  /** Projects drawn as lines, and how many of them are drawn so far. */
  shapeCount: number;
  drawnShapes: number;
  onShapesDrawn: (shapes: number) => void;
  onPointsDrawn: (points: number) => void;
  userPosition?: Position;
  helpId: string;
  onAnnounce: (message: string) => void;
}

/**
 * Draws the map's layers one per task: the map itself, then the kecamatan, the roads and rivers,
 * the points, and last the tile images (the map reads without them). Each is a short task on a slow
 * phone instead of one long one that ignores taps.
 */
function useLayerStage(last: number): number {
  const [stage, setStage] = useState(0);
  useEffect(() => {
    if (stage >= last) return;
    const next = setTimeout(() => setStage((current) => current + 1));
    return function cancelNextStage() {
      clearTimeout(next);
    };
  }, [stage, last]);
  return stage;
}

/**
 * The map itself: Leaflet, its layers and the tiles. Its own module, loaded once the map's box is
 * on screen (project-map.tsx), so a phone that never scrolls to the map never loads Leaflet.
 */
export default function LeafletMap(props: LeafletMapProps) {
  const { projects, boundaries, selectedId, onSelect, view, onViewChange, colourMode, choropleth } = props;
  const { formatValue, kecamatan, initialBox, selectedBox, focusBox, shapeCount, drawnShapes } = props;
  const { onShapesDrawn, onPointsDrawn, userPosition, helpId, onAnnounce } = props;
  const t = useMessages(mapMessages);
  // Padding 0.1, not Leaflet's 0.5: the canvas is resized and repainted on set-up and after every
  // move, and at 0.5 it covers four times the map (nine times more pixels again on a 3× phone
  // screen). The cost: while dragging, ground beyond a tenth of the box shows only when the drag ends.
  const [renderer] = useState(() => heldCanvas({ padding: 0.1, tolerance: 6 }));
  const stage = useLayerStage(4);
  const [map, setMap] = useState<L.Map | null>(null);
  // "Dekat saya" may be pressed before the map is set up: it flies there once it is.
  useEffect(() => {
    if (map && userPosition) map.flyTo([userPosition[1], userPosition[0]], 15);
  }, [map, userPosition]);
  return (
    <MapContainer
      ref={setMap}
      className="project-map__leaflet"
      preferCanvas
      renderer={renderer}
      keyboard
      keyboardPanDelta={120}
      zoomSnap={0.5}
      minZoom={MIN_ZOOM}
      maxZoom={MAX_ZOOM}
      {...(view
        ? { center: [view.lat, view.lng] as [number, number], zoom: view.zoom }
        : { bounds: initialBox })}
    >
      {stage >= 1 && boundaries && (
        <BoundariesLayer
          boundaries={boundaries}
          renderer={renderer}
          choropleth={choropleth}
          formatValue={formatValue}
        />
      )}
      {stage >= 2 && (
        <ShapesLayer
          projects={projects}
          colourMode={colourMode}
          selectedId={selectedId}
          renderer={renderer}
          onSelect={onSelect}
          onDrawn={onShapesDrawn}
        />
      )}
      {stage >= 3 && (
        <PointsLayer
          projects={projects}
          colourMode={colourMode}
          selectedId={selectedId}
          renderer={renderer}
          clusterLabel={t.cluster}
          onSelect={onSelect}
          onDrawn={onPointsDrawn}
        />
      )}
      {stage >= 4 && <OsmTiles />}
      {userPosition && (
        <CircleMarker
          center={[userPosition[1], userPosition[0]]}
          radius={7}
          pathOptions={{ color: '#ffffff', weight: 3, fillColor: '#111111', fillOpacity: 1 }}
        >
          <Tooltip>{t.youAreHere}</Tooltip>
        </CircleMarker>
      )}
      <ViewSync
        view={view}
        onViewChange={onViewChange}
        selectedId={selectedId}
        selectedBox={selectedBox}
        focusKey={kecamatan}
        focusBox={focusBox}
        layersReady={stage < 2 || drawnShapes === shapeCount}
      />
      <KeyboardSelect
        projects={projects}
        label={t.mapLabel}
        helpId={helpId}
        onSelect={onSelect}
        onAnnounce={onAnnounce}
        nothingNear={t.nothingNear}
      />
    </MapContainer>
  );
}
