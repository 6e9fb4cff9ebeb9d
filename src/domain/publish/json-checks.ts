import { DataError } from '../dataset/data-error';

/**
 * Small readers for the app's own published files (index, series, project files). They come over
 * the network like any data, so every value is checked before the app relies on it; a file that
 * does not fit fails whole, with the place that did not fit, and the app falls back or says so.
 */
export class FileShapeError extends DataError {
  constructor(file: string, where: string) {
    super('not-an-index', `${file}: ${where}`);
  }
}

export type Check<T> = (value: unknown) => value is T;

export const isText: Check<string> = (value): value is string => typeof value === 'string';
export const isNumber: Check<number> = (value): value is number =>
  typeof value === 'number' && Number.isFinite(value);
export const isInt: Check<number> = (value): value is number => Number.isInteger(value);
export const isNumberOrNull: Check<number | null> = (value): value is number | null =>
  value === null || isNumber(value);

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An array of `length` values that all pass `check`; throws FileShapeError naming the column. */
export function column<T>(
  file: string,
  columns: Record<string, unknown>,
  name: string,
  length: number,
  check: Check<T>,
): T[] {
  const value = columns[name];
  if (!Array.isArray(value) || value.length !== length)
    throw new FileShapeError(file, `${name}: harus berupa daftar ${length} nilai`);
  for (let i = 0; i < value.length; i++)
    if (!check(value[i])) throw new FileShapeError(file, `${name}[${i}]: nilai tidak sah`);
  return value as T[];
}

/** An optional text field of a record. */
export function optionalText(record: Record<string, unknown>, key: string): string | undefined {
  const value = record[key];
  return typeof value === 'string' ? value : undefined;
}
