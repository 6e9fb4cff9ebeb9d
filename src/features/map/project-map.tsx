import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import L from 'leaflet';
import { CircleMarker, MapContainer, Tooltip } from 'react-leaflet';
import 'leaflet/dist/leaflet.css';
import '../../components/map/leaflet-touch.css';
import { OsmTiles } from '../../components/map/osm-tiles';
import './map.css';
import type { BoundaryCollection } from '../../domain/geo/boundaries';
import type { Position } from '../../domain/geo/geometry';
import { kecamatanBySlugName } from '../../domain/geo/regions';
import type { DatasetMeta } from '../../domain/dataset/types';
import type { Project } from '../../domain/project/types';
import { boxOfGeometry, boxOfPositions, polygonsOf, regencyBox } from '../../domain/map/bounds';
import {
  choroplethClasses,
  choroplethValue,
  totalsByKecamatan,
  type ChoroplethMode,
} from '../../domain/map/choropleth';
import { shapeProjects, unlocatedProjects } from '../../domain/map/cluster-input';
import type { ColourMode } from '../../domain/map/colours';
import { MAX_ZOOM, MIN_ZOOM, type MapView } from '../../domain/map/view-param';
import { formatDate } from '../../domain/format/date';
import { formatNumber, formatRupiahShort } from '../../domain/format/number';
import { useLanguage } from '../../lib/i18n/language';
import { useMessages } from '../../lib/i18n/messages';
import { BoundariesLayer } from './boundaries-layer';
import { KecamatanTable } from './kecamatan-table';
import { KeyboardSelect } from './keyboard-select';
import { MapLegend } from './map-legend';
import { mapMessages } from './map-messages';
import { MapToolbar } from './map-toolbar';
import { NearMeButton } from './near-me-button';
import { PointsLayer } from './points-layer';
import { ShapesLayer } from './shapes-layer';
import { ViewSync } from './view-sync';
import { heldCanvas } from './held-canvas';
import { useShownOnScreen } from './use-shown-on-screen';

export interface ProjectMapProps {
  /** The filtered projects. */
  projects: readonly Project[];
  boundaries?: BoundaryCollection;
  meta: DatasetMeta;
  selectedId?: string;
  onSelect: (id: string) => void;
  view?: MapView;
  onViewChange: (view: MapView) => void;
  colourMode: ColourMode;
  onColourModeChange: (mode: ColourMode) => void;
  choropleth?: ChoroplethMode;
  onChoroplethChange: (mode: ChoroplethMode | undefined) => void;
  /** Kecamatan filter slug: the map fits that kecamatan when it changes. */
  kecamatan?: string;
}

/** Leaflet draws on canvas; without it (very old browsers, test DOMs) the list and table still serve. */
function canvasSupported(): boolean {
  try {
    return document.createElement('canvas').getContext('2d') !== null;
  } catch {
    return false;
  }
}

/**
 * Draws the map's layers one per task: the map itself, then the kecamatan, the roads and rivers,
 * the points, and last the tile images (the map reads without them). Each is a short task on a slow
 * phone instead of one long one that ignores taps.
 */
function useLayerStage(last: number, started: boolean): number {
  const [stage, setStage] = useState(0);
  useEffect(() => {
    if (!started || stage >= last) return;
    const next = setTimeout(() => setStage((current) => current + 1));
    return function cancelNextStage() {
      clearTimeout(next);
    };
  }, [stage, last, started]);
  return stage;
}

/** The resident's map. Loaded lazily: the list and the count never wait for Leaflet. */
export function ProjectMap(props: ProjectMapProps) {
  const { projects, boundaries, meta, selectedId, onSelect, view, colourMode, choropleth, kecamatan } = props;
  const t = useMessages(mapMessages);
  const { locale } = useLanguage();
  const helpId = useId();
  const [map, setMap] = useState<L.Map | null>(null);
  const [canDraw] = useState(canvasSupported);
  const [renderer] = useState(() => heldCanvas({ padding: 0.5, tolerance: 6 }));
  const [drawn, setDrawn] = useState({ shapes: 0, points: 0 });
  const [userPosition, setUserPosition] = useState<Position>();
  const [announcement, setAnnouncement] = useState('');
  const frame = useRef<HTMLDivElement>(null);
  const onScreen = useShownOnScreen(frame);
  const stage = useLayerStage(4, onScreen);
  const onShapesDrawn = useCallback((shapes: number) => setDrawn((d) => ({ ...d, shapes })), []);
  const onPointsDrawn = useCallback((points: number) => setDrawn((d) => ({ ...d, points })), []);

  const initialBox = useMemo(() => regencyBox(boundaries?.features), [boundaries]);
  const totals = useMemo(() => totalsByKecamatan(projects), [projects]);
  const unlocated = useMemo(() => unlocatedProjects(projects).length, [projects]);
  const shapeCount = useMemo(() => shapeProjects(projects).length, [projects]);
  const formatValue = useCallback(
    (value: number) =>
      choropleth === 'anggaran' ? formatRupiahShort(value, locale) : formatNumber(value, locale),
    [choropleth, locale],
  );
  const choroplethState = useMemo(() => {
    if (!choropleth || !boundaries) return undefined;
    const values = boundaries.features.map((f) => choroplethValue(totals.get(f.properties.kode), choropleth));
    return { mode: choropleth, classes: choroplethClasses(values), totals };
  }, [choropleth, boundaries, totals]);

  const selected = useMemo(() => projects.find((p) => p.id === selectedId), [projects, selectedId]);
  const selectedBox = useMemo(() => selected?.geometry && boxOfGeometry(selected.geometry), [selected]);
  const focusBox = useMemo(() => {
    const code = kecamatan ? kecamatanBySlugName(kecamatan)?.code : undefined;
    const feature = code ? boundaries?.features.find((f) => f.properties.kode === code) : undefined;
    return feature ? boxOfPositions(polygonsOf(feature).flat(2)) : undefined;
  }, [kecamatan, boundaries]);

  const attribution = typeof boundaries?.attribution === 'string' ? boundaries.attribution : undefined;

  return (
    <div className="project-map">
      <MapToolbar
        colourMode={colourMode}
        onColourModeChange={props.onColourModeChange}
        choropleth={choropleth}
        onChoroplethChange={props.onChoroplethChange}
      >
        <NearMeButton map={map} onLocated={setUserPosition} />
      </MapToolbar>
      <p id={helpId} className="visually-hidden">
        {t.keyboardHelp}
      </p>
      {!canDraw && (
        <p className="notice notice--info" data-testid="map-unavailable">
          {t.unavailable}
        </p>
      )}
      {canDraw && (
        <div
          ref={frame}
          className="project-map__frame"
          data-testid="project-map"
          data-drawn-shapes={drawn.shapes}
          data-drawn-points={drawn.points}
          data-expected-shapes={shapeCount}
        >
          {!onScreen && <p className="project-map__leaflet project-map__waiting">{t.loading}</p>}
          {onScreen && (
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
                  choropleth={choroplethState}
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
                onViewChange={props.onViewChange}
                selectedId={selectedId}
                selectedBox={selectedBox}
                focusKey={kecamatan}
                focusBox={focusBox}
                layersReady={stage < 2 || drawn.shapes === shapeCount}
              />
              <KeyboardSelect
                projects={projects}
                label={t.mapLabel}
                helpId={helpId}
                onSelect={onSelect}
                onAnnounce={setAnnouncement}
                nothingNear={t.nothingNear}
              />
            </MapContainer>
          )}
        </div>
      )}
      <p role="status" className="visually-hidden">
        {selected ? t.selected(selected.title) : announcement}
      </p>
      <MapLegend
        projects={projects}
        colourMode={colourMode}
        unlocated={unlocated}
        choropleth={
          choroplethState && {
            title: choropleth === 'anggaran' ? t.byBudget : t.byCount,
            classes: choroplethState.classes,
            format: formatValue,
          }
        }
      />
      <KecamatanTable totals={totals} open={choropleth !== undefined} />
      <p className="project-map__source">
        {t.source(meta.publisher ?? '–', formatDate(meta.asOf, locale))} {attribution}
      </p>
    </div>
  );
}
