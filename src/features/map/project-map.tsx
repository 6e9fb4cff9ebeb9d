import { lazy, Suspense, useCallback, useId, useMemo, useRef, useState } from 'react';
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
import type { MapView } from '../../domain/map/view-param';
import { asOfLine, sourceName } from '../../domain/format/as-of';
import { formatNumber, formatRupiahShort } from '../../domain/format/number';
import { useLanguage } from '../../lib/i18n/language';
import { useMessages } from '../../lib/i18n/messages';
import { KecamatanTable } from './kecamatan-table';
import { MapLegend } from './map-legend';
import { mapMessages } from './map-messages';
import { MapToolbar } from './map-toolbar';
import { NearMeButton } from './near-me-button';
import { useShownOnScreen } from './use-shown-on-screen';

/** Leaflet and the layers: loaded when the map's box comes on screen. */
const LeafletMap = lazy(() => import('./leaflet-map'));

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

/** The resident's map. Loaded lazily: the list and the count never wait for Leaflet. */
export function ProjectMap(props: ProjectMapProps) {
  const { projects, boundaries, meta, selectedId, onSelect, view, colourMode, choropleth, kecamatan } = props;
  const t = useMessages(mapMessages);
  const { locale } = useLanguage();
  const helpId = useId();
  const [canDraw] = useState(canvasSupported);
  const [drawn, setDrawn] = useState({ shapes: 0, points: 0 });
  const [userPosition, setUserPosition] = useState<Position>();
  const [announcement, setAnnouncement] = useState('');
  const frame = useRef<HTMLDivElement>(null);
  const onScreen = useShownOnScreen(frame);
  const onShapesDrawn = useCallback((shapes: number) => setDrawn((d) => ({ ...d, shapes })), []);
  const onPointsDrawn = useCallback((points: number) => setDrawn((d) => ({ ...d, points })), []);
  // Below the fold on a phone, the map is brought on screen to show where the reader is.
  const showPosition = useCallback((position: Position | undefined) => {
    setUserPosition(position);
    if (position) frame.current?.scrollIntoView({ block: 'nearest' });
  }, []);
  const waiting = <p className="project-map__leaflet project-map__waiting">{t.loading}</p>;

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
        <NearMeButton onLocated={showPosition} />
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
          {!onScreen && waiting}
          {onScreen && (
            <Suspense fallback={waiting}>
              <LeafletMap
                projects={projects}
                boundaries={boundaries}
                selectedId={selectedId}
                onSelect={onSelect}
                view={view}
                onViewChange={props.onViewChange}
                colourMode={colourMode}
                choropleth={choroplethState}
                formatValue={formatValue}
                kecamatan={kecamatan}
                initialBox={initialBox}
                selectedBox={selectedBox}
                focusBox={focusBox}
                shapeCount={shapeCount}
                drawnShapes={drawn.shapes}
                onShapesDrawn={onShapesDrawn}
                onPointsDrawn={onPointsDrawn}
                userPosition={userPosition}
                helpId={helpId}
                onAnnounce={setAnnouncement}
              />
            </Suspense>
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
        {t.source(sourceName(meta), asOfLine(meta, locale))} {attribution}
      </p>
    </div>
  );
}
