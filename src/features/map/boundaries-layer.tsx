import { useEffect, useMemo } from 'react';
import L from 'leaflet';
import { useMap } from 'react-leaflet';
import type { BoundaryCollection } from '../../domain/geo/boundaries';
import { labelPoint, outlineArea, polygonsOf } from '../../domain/map/bounds';
import { labelsThatFit, type LabelBox } from '../../domain/map/label-placement';
import {
  choroplethValue,
  colourForValue,
  type ChoroplethClass,
  type ChoroplethMode,
  type KecamatanTotals,
} from '../../domain/map/choropleth';

interface BoundariesLayerProps {
  boundaries: BoundaryCollection;
  renderer: L.Canvas;
  choropleth?: { mode: ChoroplethMode; classes: ChoroplethClass[]; totals: Map<string, KecamatanTotals> };
  formatValue: (value: number) => string;
}

const LAND = '#f3efe6';

function labelIcon(name: string, value?: string): L.DivIcon {
  // DOM text nodes only: a boundary file is data and must not inject markup.
  const label = document.createElement('span');
  const line = document.createElement('span');
  line.textContent = name;
  label.append(line);
  if (value !== undefined) {
    const figure = document.createElement('span');
    figure.className = 'kecamatan-label__value';
    figure.textContent = value;
    label.append(figure);
  }
  return L.divIcon({ html: label, className: 'kecamatan-label', iconSize: undefined });
}

/**
 * The 23 kecamatan as land with names: the map reads without any tile server. In choropleth mode
 * each is shaded by its projects' count or budget, and its label carries the figure too.
 */
export function BoundariesLayer({ boundaries, renderer, choropleth, formatValue }: BoundariesLayerProps) {
  const map = useMap();
  const shapes = useMemo(
    () =>
      boundaries.features.map((feature) => ({
        code: feature.properties.kode,
        name: feature.properties.nama,
        rings: polygonsOf(feature).map((polygon) =>
          polygon.map((ring) => ring.map(([lng, lat]) => [lat, lng] as [number, number])),
        ),
        anchor: labelPoint(feature),
        area: outlineArea(feature),
      })),
    [boundaries],
  );

  useEffect(() => {
    const group = L.layerGroup();
    const labels: { code: string; marker: L.Marker; priority: number }[] = [];
    for (const shape of shapes) {
      const value = choropleth
        ? choroplethValue(choropleth.totals.get(shape.code), choropleth.mode)
        : undefined;
      L.polygon(shape.rings, {
        renderer,
        interactive: false,
        color: '#5f5a50',
        weight: 1.2,
        fillColor: value === undefined ? LAND : colourForValue(value, choropleth!.classes),
        fillOpacity: value === undefined ? 1 : 0.9,
      }).addTo(group);
      const marker = L.marker([shape.anchor[1], shape.anchor[0]], {
        icon: labelIcon(shape.name, value === undefined ? undefined : formatValue(value)),
        interactive: false,
        keyboard: false,
      }).addTo(group);
      labels.push({ code: shape.code, marker, priority: shape.area });
    }
    group.addTo(map);
    // Projects are drawn above the land.
    group.eachLayer((layer) => (layer instanceof L.Path ? layer.bringToBack() : undefined));

    // At the regency view 23 names overlap: show those that fit, the larger kecamatan first, and
    // the rest as the map zooms in and makes room.
    function declutter() {
      const boxes: LabelBox[] = [];
      for (const { code, marker, priority } of labels) {
        const text = marker.getElement()?.firstElementChild;
        if (!text) continue;
        const { left, top, width, height } = text.getBoundingClientRect();
        boxes.push({ id: code, left, top, width, height, priority });
      }
      // A hidden map (the list tab on a phone) has no layout to judge by: leave the labels be.
      if (!boxes.some((box) => box.width > 0)) return;
      const shown = labelsThatFit(boxes);
      for (const { code, marker } of labels) {
        marker.getElement()?.classList.toggle('kecamatan-label--crowded', !shown.has(code));
      }
    }
    declutter();
    map.on('zoomend viewreset resize', declutter);
    return function removeBoundaries() {
      map.off('zoomend viewreset resize', declutter);
      group.remove();
    };
  }, [map, shapes, renderer, choropleth, formatValue]);

  return null;
}
