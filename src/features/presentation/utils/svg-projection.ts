import type { Position } from '../../../domain/geo/geometry';

export interface Projection {
  width: number;
  height: number;
  point: (position: Position) => [number, number];
}

/**
 * Plate carrée with the longitude squeezed by cos(latitude): at Bekasi's 6° S the error is far below
 * a pixel, and a static SVG map needs no tiles, so it also works offline and on paper.
 */
export function fitProjection(
  positions: readonly Position[],
  width: number,
  padding = 8,
): Projection | undefined {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const [x, y] of positions) {
    if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
  }
  if (!(maxX > minX) || !(maxY > minY)) return undefined;
  const k = Math.cos((((minY + maxY) / 2) * Math.PI) / 180);
  const spanX = (maxX - minX) * k;
  const spanY = maxY - minY;
  const scale = (width - 2 * padding) / spanX;
  const height = Math.round(spanY * scale + 2 * padding);
  return {
    width,
    height,
    point: ([x, y]) => [padding + (x - minX) * k * scale, padding + (maxY - y) * scale],
  };
}

/** An SVG path for rings or lines, with one decimal: small markup, sub-pixel exact. */
export function pathOf(
  lines: readonly (readonly Position[])[],
  projection: Projection,
  close: boolean,
): string {
  return lines
    .filter((line) => line.length > 0)
    .map((line) => {
      const points = line.map((p) =>
        projection
          .point(p)
          .map((v) => v.toFixed(1))
          .join(' '),
      );
      return `M${points.join('L')}${close ? 'Z' : ''}`;
    })
    .join('');
}
