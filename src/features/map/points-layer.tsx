import { useEffect, useMemo, useRef } from 'react';
import L from 'leaflet';
import Supercluster, { type ClusterProperties } from 'supercluster';
import { useMap } from 'react-leaflet';
import type { Project } from '../../domain/project/types';
import { pointFeatures, type PointProps } from '../../domain/map/cluster-input';
import { styleFor, type ColourMode } from '../../domain/map/colours';
import { useLatest } from '../../lib/use-latest';
import { SHAPES_CHANGED } from './shapes-layer';

interface PointsLayerProps {
  projects: readonly Project[];
  colourMode: ColourMode;
  selectedId?: string;
  renderer: L.Canvas;
  clusterLabel: (count: number) => string;
  onSelect: (id: string) => void;
  onDrawn: (count: number) => void;
}

/** A thumb needs 44 px (WCAG 2.5.5); a mouse is fine with the smaller badges. */
function touchMinimum(): number {
  return typeof matchMedia === 'function' && matchMedia('(pointer: coarse)').matches ? 44 : 0;
}

/** Built with DOM calls, never an HTML string: nothing from the data reaches innerHTML. */
function clusterIcon(count: number, minimum: number): L.DivIcon {
  const badge = document.createElement('span');
  badge.className = 'map-cluster__count';
  badge.textContent = String(count);
  const size = Math.max(count < 10 ? 34 : count < 100 ? 40 : 48, minimum);
  return L.divIcon({ html: badge, className: 'map-cluster', iconSize: [size, size] });
}

/**
 * Bridges and other point works. At low zoom nearby points merge into numbered clusters
 * (keyboard-focusable markers; Enter zooms in); from street level each point is its own marker.
 */
export function PointsLayer(props: PointsLayerProps) {
  const { projects, colourMode, selectedId, renderer, clusterLabel, onDrawn } = props;
  const map = useMap();
  const byId = useMemo(() => new Map(projects.map((p) => [p.id, p])), [projects]);
  const index = useMemo(() => {
    const points = pointFeatures(projects);
    // Radius in screen pixels (extent 256 = Leaflet's tile size): the largest badge is 48 px, and
    // WCAG 2.5.8 wants 24 px between touch targets, so clusters are at least ~72 px apart.
    const clusters = new Supercluster<PointProps>({ radius: 72, extent: 256, maxZoom: 15 }).load(points);
    return { points, clusters };
  }, [projects]);
  const latest = useLatest({ colourMode, selectedId, byId, clusterLabel, onSelect: props.onSelect });
  const group = useRef<L.LayerGroup | null>(null);
  const redraw = useRef<() => void>(() => {});

  useEffect(() => {
    const layerGroup = L.layerGroup().addTo(map);
    group.current = layerGroup;
    function draw() {
      const {
        colourMode: mode,
        selectedId: selected,
        byId: lookup,
        clusterLabel: label,
        onSelect,
      } = latest.current;
      layerGroup.clearLayers();
      // Asked once a drawing, not once a cluster.
      const minimum = touchMinimum();
      const b = map.getBounds();
      const zoom = Math.round(map.getZoom());
      for (const feature of index.clusters.getClusters(
        [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()],
        zoom,
      )) {
        const [lng, lat] = feature.geometry.coordinates as [number, number];
        const props = feature.properties as Partial<ClusterProperties> & Partial<PointProps>;
        if (props.cluster) {
          const clusterId = props.cluster_id!;
          const count = props.point_count!;
          L.marker([lat, lng], {
            icon: clusterIcon(count, minimum),
            keyboard: true,
            title: label(count),
            alt: label(count),
          })
            .on('click', () =>
              map.flyTo([lat, lng], Math.min(index.clusters.getClusterExpansionZoom(clusterId), 18)),
            )
            .addTo(layerGroup);
          continue;
        }
        const project = lookup.get(props.id!);
        if (!project) continue;
        const style = styleFor(project, mode);
        const isSelected = project.id === selected;
        L.circleMarker([lat, lng], {
          renderer,
          radius: isSelected ? 11 : 8,
          color: isSelected ? '#111111' : '#ffffff',
          weight: isSelected ? 4 : 2,
          fillColor: style.colour,
          fillOpacity: 1,
          dashArray: style.dashArray ?? '',
          bubblingMouseEvents: false,
        })
          .on('click', () => onSelect(project.id))
          .addTo(layerGroup);
      }
    }
    redraw.current = draw;
    draw();
    // Shapes added after the points are drawn over them on the shared canvas: the points are laid
    // again on top whenever the shapes change (SHAPES_CHANGED), as after a move.
    map.on('moveend', draw);
    map.on(SHAPES_CHANGED, draw);
    return function removePoints() {
      map.off('moveend', draw);
      map.off(SHAPES_CHANGED, draw);
      layerGroup.remove();
    };
  }, [map, index, renderer, latest]);

  useEffect(() => {
    onDrawn(index.points.length);
  }, [index, onDrawn]);

  useEffect(() => {
    redraw.current();
  }, [colourMode, selectedId]);

  return null;
}
