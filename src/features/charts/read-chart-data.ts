import { BIDANG, STATUSES } from '../../domain/project/types';
import type { ChartDataMap } from './chart-data';
import type { ChartId } from './chart-ids';
import { isNumber, isRecord, isText } from '../../domain/publish/json-checks';

/** A chart's data file that does not have the chart's shape: the embed reads the index instead. */
export class ChartDataError extends Error {
  constructor(chart: string, detail: string) {
    super(`embed/${chart}: ${detail}`);
    this.name = 'ChartDataError';
  }
}

const isOptional = (check: (value: unknown) => boolean) => (value: unknown) =>
  value === undefined || check(value);
/** A contractorKey: a slug, or '' for a name without one (no page to link to). */
const isKey = (value: unknown) => isText(value) && /^[a-z0-9-]*$/.test(value);
const oneOf = (list: readonly string[]) => (value: unknown) => isText(value) && list.includes(value);

/** Field name → check, for records that must have exactly these kinds of values. */
type Shape = Record<string, (value: unknown) => boolean>;

function rows(json: unknown, shape: Shape): boolean {
  return (
    Array.isArray(json) &&
    json.every((row) => isRecord(row) && Object.entries(shape).every(([key, check]) => check(row[key])))
  );
}

const bucket = (key: (value: unknown) => boolean): Shape => ({
  key,
  name: isOptional(isText),
  count: isNumber,
  pagu: isNumber,
  contractValue: isNumber,
  paid: isNumber,
});

const CHECKS: { [C in ChartId]: (json: unknown) => boolean } = {
  'anggaran-kecamatan': (json) => rows(json, bucket(isText)),
  'anggaran-bidang': (json) => rows(json, bucket(oneOf(BIDANG))),
  'sumber-dana': (json) =>
    rows(json, { key: isText, name: isOptional(isText), count: isNumber, amount: isNumber }),
  status: (json) => rows(json, bucket(oneOf(STATUSES))),
  'kurva-s-program': (json) =>
    isRecord(json) &&
    isNumber(json.packages) &&
    isNumber(json.weight) &&
    rows(json.points, {
      date: isText,
      planned: isNumber,
      actual: isOptional(isNumber),
      financial: isOptional(isNumber),
    }),
  'fisik-keuangan': (json) =>
    rows(json, {
      key: oneOf(BIDANG),
      count: isNumber,
      contractValue: isNumber,
      physical: isNumber,
      financial: isNumber,
    }),
  'paket-terlambat': (json) =>
    isRecord(json) &&
    isNumber(json.behind) &&
    rows(json.top, {
      id: isText,
      title: isText,
      status: oneOf(STATUSES),
      deviation: isNumber,
      reportDate: isOptional(isText),
    }),
  'penyedia-terbesar': (json) =>
    isRecord(json) &&
    ['contractValue', 'top5Value', 'contractors', 'noContractor', 'noValue'].every((key) =>
      isNumber(json[key]),
    ) &&
    rows(json.top, { key: isKey, name: isText, contracts: isNumber, contractValue: isNumber }),
};

/**
 * A chart's data as read from the network (embed/<chart>.json): checked field by field like any
 * data, so a wrong file is refused whole instead of drawing NaN. Text stays text: React escapes it.
 */
export function readChartData<C extends ChartId>(chart: C, json: unknown): ChartDataMap[C] {
  if (!CHECKS[chart](json)) throw new ChartDataError(chart, 'bentuk data tidak sesuai grafik');
  return json as ChartDataMap[C];
}
