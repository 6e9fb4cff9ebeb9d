import type { Position } from '../geo/geometry';
import { desaByName, kecamatanByName } from '../geo/regions';
import type { Bidang, Category, Kecamatan, ProjectStatus } from '../project/types';
import { cellExcerpt, fail, isEmptyCell, type Cell, type CellResult } from './cell';
import { checkPoint, parseCoordinate, parseCoordinatePair } from './coordinates';
import { parseDate } from './dates';
import { fieldSpec, type FieldKey } from './fields';
import { columnLetter, type ColumnMapping } from './headers';
import { parseAmount, parseCount, parseDecimal, parsePercent } from './numbers';
import { severityOf, type Problem, type ProblemCode } from './problems';
import { parseText } from './text';
import { parseBidang, parseCategory, parseFundingSources, parseMethod, parseStatus } from './vocabulary';

/** What one spreadsheet row says, every value read and checked. */
export interface RowValues {
  id?: string;
  title?: string;
  category?: Category;
  bidang?: Bidang;
  status?: ProjectStatus;
  kecamatan?: Kecamatan;
  desa?: { code?: string; name: string };
  location?: string;
  point?: Position;
  volume?: string;
  lengthM?: number;
  widthM?: number;
  pagu?: number;
  hps?: number;
  contractValue?: number;
  fundingSource?: string[];
  method?: string;
  tenderers?: number;
  contractor?: string;
  supervisor?: string;
  contractNumber?: string;
  startDate?: string;
  endDate?: string;
  addendumValue?: number;
  addendumDate?: string;
  progressDate?: string;
  plannedPhysical?: number;
  actualPhysical?: number;
  financialPercent?: number;
  financialAmount?: number;
  description?: string;
}

const TEXT_LIMITS: Partial<Record<FieldKey, number>> = { title: 300, description: 2000, id: 100 };

function readKecamatan(cell: Cell): CellResult<Kecamatan> {
  const text = parseText(cell, 100);
  if (!text.ok) return text;
  const kecamatan = kecamatanByName(text.value);
  return kecamatan ? { ok: true, value: kecamatan } : fail('unknown-kecamatan');
}

/** Reads one cell for its field; strings are checked for formulas and HTML before any meaning. */
function readCell(field: FieldKey, cell: Cell): CellResult<unknown> {
  switch (fieldSpec(field).kind) {
    case 'amount': {
      const amount = parseAmount(cell);
      // A zero addendum is no addendum: the contract value cannot become nothing.
      return field === 'addendumValue' && amount.ok && amount.value === 0 ? fail('not-positive') : amount;
    }
    case 'count':
      return parseCount(cell);
    case 'percent':
      return parsePercent(cell);
    case 'date':
      return parseDate(cell);
    case 'decimal':
      return parseDecimal(cell);
    case 'coordinate':
      return parseCoordinate(cell);
    case 'pair':
      return parseCoordinatePair(cell);
    default:
      break;
  }
  const text = parseText(cell, TEXT_LIMITS[field] ?? 300);
  if (!text.ok) return text;
  switch (field) {
    case 'category':
      return parseCategory(text.value);
    case 'bidang':
      return parseBidang(text.value);
    case 'status':
      return parseStatus(text.value);
    case 'kecamatan':
      return readKecamatan(text.value);
    case 'fundingSource':
      return { ok: true, value: parseFundingSources(text.value) };
    case 'method':
      return { ok: true, value: parseMethod(text.value).details };
    default:
      return text;
  }
}

export interface ReadRowResult {
  values: RowValues;
  problems: Problem[];
}

/** Reads a row; `rowNumber` is the spreadsheet's own row number, used in every problem. */
export function readRow(
  cells: readonly Cell[],
  mapping: ColumnMapping,
  headers: readonly string[],
  rowNumber: number,
): ReadRowResult {
  const values: Record<string, unknown> = {};
  const problems: Problem[] = [];
  const columnOf = new Map<FieldKey, number>();
  const failed = new Set<FieldKey>();
  const report = (code: ProblemCode, field?: FieldKey, detail?: string) => {
    const index = field === undefined ? undefined : columnOf.get(field);
    problems.push({
      row: rowNumber,
      column: index === undefined ? undefined : columnLetter(index),
      header: index === undefined ? field && fieldSpec(field).header : headers[index],
      field,
      code,
      value: index === undefined ? undefined : cellExcerpt(cells[index]) || undefined,
      detail,
      severity: severityOf(code),
    });
  };
  mapping.forEach((field, index) => {
    if (!field) return;
    columnOf.set(field, index);
    const cell = cells[index];
    if (isEmptyCell(cell)) return;
    const result = readCell(field, cell);
    if (result.ok) values[field] = result.value;
    else {
      failed.add(field);
      report(result.code, field, result.detail);
    }
  });
  const row = values as RowValues & { lat?: number; lng?: number; coordinates?: Position };
  crossCheck(row, failed, report);
  const point = row.coordinates ?? row.point;
  delete row.lat;
  delete row.lng;
  delete row.coordinates;
  return { values: { ...row, point }, problems };
}

type Report = (code: ProblemCode, field?: FieldKey, detail?: string) => void;

/** Checks between cells: each problem is reported at the cell the reader should look at. */
function crossCheck(
  row: RowValues & { lat?: number; lng?: number },
  failed: ReadonlySet<FieldKey>,
  report: Report,
) {
  // A cell already reported is not reported again through the checks that depend on it.
  if (!row.title && !failed.has('title')) report('required', 'title');
  if (row.lat !== undefined && row.lng !== undefined) {
    const point = checkPoint(row.lat, row.lng);
    if (point.ok) row.point = point.value;
    else report(point.code, 'lat', point.detail);
  } else if (row.lat !== undefined && !failed.has('lng')) report('half-coordinate', 'lat');
  else if (row.lng !== undefined && !failed.has('lat')) report('half-coordinate', 'lng');
  if (row.desa && typeof row.desa === 'string') {
    const name = row.desa as string;
    const found = row.kecamatan ? desaByName(name, row.kecamatan.code) : undefined;
    row.desa = found ?? { name };
    if (!found) report('desa-not-found', 'desa');
  }
  if (row.startDate && row.endDate && row.endDate < row.startDate) report('end-before-start', 'endDate');
  if (row.status === 'gagal-tender' && (row.contractValue !== undefined || row.contractor))
    report('failed-tender-with-contract', 'status');
  if (row.contractValue !== undefined && row.hps !== undefined && row.contractValue > row.hps)
    report('contract-above-hps', 'contractValue');
  if (row.hps !== undefined && row.pagu !== undefined && row.hps > row.pagu) report('hps-above-pagu', 'hps');
  if (row.tenderers === 0 && (row.contractValue !== undefined || row.contractor))
    report('no-tenderer-with-contract', 'tenderers');
  if (row.addendumDate && row.addendumValue === undefined && !failed.has('addendumValue'))
    report('addendum-date-without-value', 'addendumDate');
  if (row.addendumDate && row.startDate && row.addendumDate < row.startDate)
    report('addendum-before-start', 'addendumDate');
  if (row.addendumValue !== undefined) {
    if (row.contractValue !== undefined && row.addendumValue < row.contractValue / 2)
      report('addendum-looks-like-difference', 'addendumValue');
    if (row.pagu !== undefined && row.addendumValue > row.pagu)
      report('addendum-above-pagu', 'addendumValue');
  }
}
