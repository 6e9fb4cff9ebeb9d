import type { KurvaSSeries, ProjectCurve, ProjectCurves } from '../aggregate/kurva-s';
import { column, FileShapeError, isRecord, isText, type Check } from './json-checks';

export const SERIES_FORMAT = 'pantaubangun-kurva-s';
export const SERIES_VERSION = 1;
const FILE = 'kurva-s.json';

/**
 * A curve as integers (hundredths of a point): [first week that is not 0, values up to the last
 * change]. Before the first it is 0, after the last it stays: most packages run a few months of
 * the year, so most weeks are not written at all.
 */
export type CurveCode = number[];

export interface SeriesFile {
  format: typeof SERIES_FORMAT;
  version: typeof SERIES_VERSION;
  year: number;
  asOf: string;
  dates: string[];
  ids: string[];
  planned: CurveCode[];
  actual: CurveCode[];
  financial: CurveCode[];
}

export function encodeCurve(values: readonly number[]): CurveCode {
  const ints = values.map((v) => Math.round(v * 100));
  let first = 0;
  while (first < ints.length && ints[first] === 0) first++;
  if (first === ints.length) return [];
  let last = ints.length - 1;
  while (last > first && ints[last] === ints[last - 1]) last--;
  return [first, ...ints.slice(first, last + 1)];
}

export function decodeCurve(code: readonly number[], length: number): number[] | undefined {
  if (code.length === 0) return new Array<number>(length).fill(0);
  const [first, ...values] = code;
  if (first === undefined || first < 0 || values.length === 0 || first + values.length > length)
    return undefined;
  const out = new Array<number>(length);
  for (let j = 0; j < length; j++) {
    const at = j - first;
    out[j] = (at < 0 ? 0 : values[Math.min(at, values.length - 1)]!) / 100;
  }
  return out;
}

export function encodeSeries(series: KurvaSSeries): SeriesFile {
  const ids = [...series.curves.keys()];
  const curves = ids.map((id) => series.curves.get(id)!);
  return {
    format: SERIES_FORMAT,
    version: SERIES_VERSION,
    year: series.year,
    asOf: series.asOf,
    dates: [...series.dates],
    ids,
    planned: curves.map((c) => encodeCurve(c.planned)),
    actual: curves.map((c) => encodeCurve(c.actual)),
    financial: curves.map((c) => encodeCurve(c.financial)),
  };
}

const isCurveCode: Check<CurveCode> = (value): value is CurveCode =>
  Array.isArray(value) && value.every((n) => Number.isInteger(n));
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const isDay: Check<string> = (value): value is string => isText(value) && ISO_DAY.test(value);

/** Reads kurva-s.json back, checking every value (it comes over the network like any data). */
/** Whether decodeCurve can expand `code` to `length` weeks, found without expanding it. */
function fitsWeeks(code: CurveCode, length: number): boolean {
  const first = code[0];
  return (
    code.length === 0 ||
    (first !== undefined && first >= 0 && code.length > 1 && first + code.length - 1 <= length)
  );
}

function expandedWhenRead(
  ids: readonly string[],
  planned: readonly CurveCode[],
  actual: readonly CurveCode[],
  financial: readonly CurveCode[],
  weeks: number,
): ProjectCurves {
  // A repeated id keeps its last curve, as a Map filled in order would.
  const at = new Map(ids.map((id, i) => [id, i]));
  const expanded = new Map<string, ProjectCurve>();
  return {
    size: at.size,
    keys: () => at.keys(),
    get(id) {
      const i = at.get(id);
      if (i === undefined) return undefined;
      let curve = expanded.get(id);
      if (!curve) {
        // fitsWeeks vouched for every code: decodeCurve gives an array for each.
        curve = {
          planned: decodeCurve(planned[i]!, weeks)!,
          actual: decodeCurve(actual[i]!, weeks)!,
          financial: decodeCurve(financial[i]!, weeks)!,
        };
        expanded.set(id, curve);
      }
      return curve;
    },
  };
}

export function decodeSeries(json: unknown): KurvaSSeries {
  if (!isRecord(json) || json.format !== SERIES_FORMAT || json.version !== SERIES_VERSION)
    throw new FileShapeError(FILE, `format: bukan ${SERIES_FORMAT} versi ${SERIES_VERSION}`);
  if (!Number.isInteger(json.year) || !isDay(json.asOf)) throw new FileShapeError(FILE, 'year/asOf');
  const dates = column(FILE, json, 'dates', Array.isArray(json.dates) ? json.dates.length : 0, isDay);
  const count = Array.isArray(json.ids) ? json.ids.length : -1;
  const ids = column(FILE, json, 'ids', count, isText);
  const [planned, actual, financial] = (['planned', 'actual', 'financial'] as const).map((name) =>
    column(FILE, json, name, count, isCurveCode),
  );
  // Checked whole, expanded when read: a filter sums a few hundred curves of 10,000, and expanding
  // them all at once was one long task on the phone that asked for them.
  for (let i = 0; i < count; i++)
    if (![planned, actual, financial].every((codes) => fitsWeeks(codes![i]!, dates.length)))
      throw new FileShapeError(FILE, `kurva ${i}: di luar rentang tanggal`);
  const curves = expandedWhenRead(ids, planned!, actual!, financial!, dates.length);
  return { year: json.year as number, asOf: json.asOf as string, dates, curves };
}
