import { useEffect, useRef } from 'react';
import L from 'leaflet';
import { useMap } from 'react-leaflet';
import type { Project } from '../../domain/project/types';
import type { Position } from '../../domain/geo/geometry';
import { shapeProjects, type ShapeGeometry } from '../../domain/map/cluster-input';
import { styleFor, type ColourMode } from '../../domain/map/colours';
import { HALO, pathOptions } from './path-style';
import { useLatest } from './use-latest';

interface ShapesLayerProps {
  projects: readonly Project[];
  colourMode: ColourMode;
  selectedId?: string;
  renderer: L.Canvas;
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

const kindOf = (geometry: ShapeGeometry) => (geometry.type.endsWith('Polygon') ? 'area' : 'line');

/**
 * Roads, channels and areas drawn along their geometry on one canvas. Layers are made once per
 * project object and only added or removed as filters change, so filtering never rebuilds the map.
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
    for (const [id, entry] of shown.current) {
      if (next.get(id) !== entry.project) {
        layerGroup.removeLayer(entry.layer);
        shown.current.delete(id);
      }
    }
    for (const [id, project] of next) {
      if (shown.current.has(id)) continue;
      let layer = cache.current.get(project);
      if (!layer) {
        layer = createPath(project.geometry, { renderer, bubblingMouseEvents: false });
        layer.on('click', () => onSelectRef.current(id));
        cache.current.set(project, layer);
      }
      layer.setStyle(pathOptions(styleFor(project, colourMode), kindOf(project.geometry), id === selectedId));
      layerGroup.addLayer(layer);
      shown.current.set(id, { project, layer });
    }
    onDrawn(shown.current.size);
    // Colour and selection are restyled below; this effect only follows the set of projects.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- see above
  }, [projects, renderer, onDrawn, onSelectRef]);

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
