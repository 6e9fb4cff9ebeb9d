import { CircleMarker, MapContainer, Polygon, Polyline, Tooltip } from 'react-leaflet';
import 'leaflet/dist/leaflet.css';
import '../../components/map/leaflet-touch.css';
import { OsmTiles } from '../../components/map/osm-tiles';
import type { BoundaryFeature } from '../../domain/geo/boundaries';
import { polygonsOf } from '../../domain/map/bounds';
import { styleFor } from '../../domain/map/colours';
import type { Project } from '../../domain/project/types';
import { embedMapBox, shapeOf, toLatLng } from './map-shapes';

export interface EmbedMapViewProps {
  projects: readonly Project[];
  outline?: BoundaryFeature;
  boundaries?: readonly BoundaryFeature[];
  label: string;
}

/**
 * The Leaflet part of the embed map, in its own chunk: only /embed/peta loads it. Tooltips are
 * React children (text), never HTML strings.
 */
export function EmbedMapView({ projects, outline, boundaries, label }: EmbedMapViewProps) {
  const bounds = embedMapBox(projects, outline, boundaries);
  return (
    <MapContainer
      className="embed-map__canvas"
      bounds={bounds}
      boundsOptions={{ padding: [16, 16], maxZoom: 16 }}
      scrollWheelZoom={false}
      aria-label={label}
    >
      <OsmTiles />
      {outline && (
        <Polygon
          positions={polygonsOf(outline).map((polygon) => polygon.map((ring) => ring.map(toLatLng)))}
          pathOptions={{ color: '#0b4f6c', weight: 2, fill: false, interactive: false }}
        />
      )}
      {projects.map((project) => {
        if (!project.geometry) return null;
        const style = styleFor(project, 'status');
        const shape = shapeOf(project.geometry);
        const tooltip = <Tooltip>{project.title}</Tooltip>;
        const path = { color: style.colour, weight: 4, dashArray: style.dashArray ?? '' };
        if (shape.kind === 'point')
          return (
            <CircleMarker
              key={project.id}
              center={shape.at}
              radius={7}
              pathOptions={{ ...path, weight: 2, fillOpacity: 0.8 }}
            >
              {tooltip}
            </CircleMarker>
          );
        if (shape.kind === 'lines')
          return (
            <Polyline key={project.id} positions={shape.lines} pathOptions={path}>
              {tooltip}
            </Polyline>
          );
        return (
          <Polygon
            key={project.id}
            positions={shape.rings}
            pathOptions={{ ...path, weight: 2, fillOpacity: 0.3 }}
          >
            {tooltip}
          </Polygon>
        );
      })}
    </MapContainer>
  );
}
