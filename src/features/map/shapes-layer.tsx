import { useEffect, useRef } from 'react';
import L from 'leaflet';
import { useMap } from 'react-leaflet';
import type { Project } from '../../domain/project/types';
import type { Position } from '../../domain/geo/geometry';
import { shapeProjects, type ShapeGeometry } from '../../domain/map/cluster-input';
import { styleFor, type ColourMode } from '../../domain/map/colours';
import { HALO, pathOptions } from './path-style';
import { useLatest } from '../../lib/use-latest';
import type { HeldCanvas } from './held-canvas';
import { runInSlices } from '../../lib/run-in-slices';

interface ShapesLayerProps {
  projects: readonly Project[];
  colourMode: ColourMode;
  selectedId?: string;
  renderer: HeldCanvas;
  onSelect: (id: string) => void;
  onDrawn: (count: number) => void;
}

const latLngs = (line: Position[]) => line.map(([lng, lat]) => [lat, lng] as [number, number]);

function createPath(geometry: ShapeGeometry, options: L.PathOptions): L.Path {
  switch (geometry.type) {
    case 'LineString':
      return L.polyline(latLngs(geometry.coordinates), options);
    case 'MultiLineString':
      return L.polyline(geometry.coordinates.map(latLngs), options);
    case 'Polygon':
      return L.polygon(geometry.coordinates.map(latLngs), options);
    case 'MultiPolygon':
      return L.polygon(
        geometry.coordinates.map((p) => p.map(latLngs)),
        options,
      );
  }
}

/** Fired on the map when a change of the shown shapes is complete. */
export const SHAPES_CHANGED = 'pantaubangun:shapeschanged';

const kindOf = (geometry: ShapeGeometry) => (geometry.type.endsWith('Polygon') ? 'area' : 'line');

/**
 * Roads, channels and areas drawn along their geometry on one canvas. Layers are made once per
 * project object and only added or removed as filters change, so filtering never rebuilds the map,
 * and the adding and removing runs in slices, so no filter change blocks the page.
 */
export function ShapesLayer({
  projects,
  colourMode,
  selectedId,
  renderer,
  onSelect,
  onDrawn,
}: ShapesLayerProps) {
  const map = useMap();
  const cache = useRef(new WeakMap<Project, L.Path>());
  const group = useRef<L.LayerGroup | null>(null);
  const shown = useRef(new Map<string, { project: Project & { geometry: ShapeGeometry }; layer: L.Path }>());
  const onSelectRef = useLatest(onSelect);
  // Shapes added in a later slice take the colours and selection of that moment.
  const style = useLatest({ colourMode, selectedId });

  useEffect(() => {
    const layerGroup = L.layerGroup().addTo(map);
    group.current = layerGroup;
    const current = shown.current;
    return function removeGroup() {
      layerGroup.remove();
      current.clear();
    };
  }, [map]);

  useEffect(() => {
    const layerGroup = group.current!;
    const next = new Map(shapeProjects(projects).map((p) => [p.id, p]));
    const leaving = [...shown.current].filter(([id, entry]) => next.get(id) !== entry.project);
    const { selectedId: selected } = style.current;
    // The selected project first: its halo is drawn around it at once.
    const coming = [...next].filter(([id, project]) => shown.current.get(id)?.project !== project);
    const at = coming.findIndex(([id]) => id === selected);
    if (at > 0) [coming[0], coming[at]] = [coming[at]!, coming[0]!];
    const selectedFirst = at >= 0 ? 1 : 0;
    let out = 0;
    let into = 0;
    function step(): boolean {
      if (into >= selectedFirst && out < leaving.length) {
        const [id, entry] = leaving[out++]!;
        layerGroup.removeLayer(entry.layer);
        shown.current.delete(id);
        return true;
      }
      if (into >= coming.length) return false;
      const [id, project] = coming[into++]!;
      let layer = cache.current.get(project);
      if (!layer) {
        layer = createPath(project.geometry, { renderer, bubblingMouseEvents: false });
        layer.on('click', () => onSelectRef.current(id));
        cache.current.set(project, layer);
      }
      const { colourMode: mode, selectedId: current } = style.current;
      layer.setStyle(pathOptions(styleFor(project, mode), kindOf(project.geometry), id === current));
      layerGroup.addLayer(layer);
      shown.current.set(id, { project, layer });
      return true;
    }
    // Slices, not one task: see runInSlices. A newer set of projects stops this one where it is;
    // `shown` always says what is on the map, so the next diff starts from there.
    // One repaint for the whole change, not one per slice.
    renderer.hold();
    let held = true;
    const releaseOnce = () => {
      if (held) renderer.release();
      held = false;
    };
    const stop = runInSlices(step, () => {
      if (coming.length > 0) map.fire(SHAPES_CHANGED);
      releaseOnce();
      onDrawn(shown.current.size);
    });
    return function stopDiff() {
      stop();
      releaseOnce();
    };
  }, [map, projects, renderer, onDrawn, onSelectRef, style]);

  useEffect(() => {
    for (const [id, { project, layer }] of shown.current) {
      layer.setStyle(pathOptions(styleFor(project, colourMode), kindOf(project.geometry), id === selectedId));
    }
  }, [colourMode, selectedId]);

  useEffect(() => {
    const entry = selectedId ? shown.current.get(selectedId) : undefined;
    if (!entry) return;
    const halo = createPath(entry.project.geometry, { ...HALO, renderer }).addTo(map);
    halo.bringToFront();
    entry.layer.bringToFront();
    return function removeHalo() {
      halo.remove();
    };
  }, [map, selectedId, projects, renderer]);

  return null;
}
