import { isInsideRegencyBounds } from '../geo/regions';
import type { Position } from '../geo/geometry';
import { cellText, fail, ok, type Cell, type CellResult } from './cell';
import { parseLocaleNumber } from './numbers';

/** One coordinate: "-6,27", "-6.27", "107,155" (a decimal comma or point, never thousands). */
export function parseCoordinate(cell: Cell): CellResult<number> {
  if (typeof cell === 'number') return Number.isFinite(cell) ? ok(cell) : fail('not-a-coordinate');
  if (typeof cell !== 'string') return fail('unexpected-type');
  const text = cellText(cell).replace(/°/g, '');
  if (!/^[-−+]?\d{1,3}([.,]\d+)?$/.test(text)) return fail('not-a-coordinate');
  const value = parseLocaleNumber(text, false);
  return value === undefined ? fail('not-a-coordinate') : ok(value);
}

/**
 * A point inside Kabupaten Bekasi, latitude first as people write it. Coordinates that would only fit
 * with latitude and longitude swapped are reported, not swapped: the publisher must confirm.
 */
export function checkPoint(lat: number, lng: number): CellResult<Position> {
  if (isInsideRegencyBounds([lng, lat])) return ok([lng, lat]);
  if (isInsideRegencyBounds([lat, lng])) return fail('coordinates-swapped');
  return fail('outside-bekasi', `${lat}, ${lng}`);
}

/** "-6.27, 107.155", "-6,27; 107,155", "-6,27 107,155" in one cell. */
export function parseCoordinatePair(cell: Cell): CellResult<Position> {
  if (typeof cell !== 'string') return fail('not-a-coordinate');
  const text = cellText(cell).replace(/°/g, '');
  const parts = text.includes(';')
    ? text.split(';')
    : /^[^,]*\.[^,]*,[^,]*\.[^,]*$/.test(text) || /,\s/.test(text)
      ? text.split(',')
      : text.split(/\s+/);
  if (parts.length !== 2) return fail('not-a-coordinate');
  const lat = parseCoordinate(parts[0]!.trim());
  const lng = parseCoordinate(parts[1]!.trim());
  if (!lat.ok || !lng.ok) return fail('not-a-coordinate');
  return checkPoint(lat.value, lng.value);
}
