import type { CellErrorCode } from './cell';
import type { FieldKey } from './fields';

export type ProblemCode =
  | CellErrorCode
  | 'required'
  | 'duplicate-id'
  | 'end-before-start'
  | 'half-coordinate'
  | 'failed-tender-with-contract'
  | 'desa-not-found'
  | 'contract-above-hps'
  | 'hps-above-pagu'
  | 'no-tenderer-with-contract'
  | 'addendum-date-without-value'
  | 'addendum-before-start'
  | 'addendum-looks-like-difference'
  | 'addendum-above-pagu';

/** Warnings keep the row (the value is kept as written); errors keep the row out of the package. */
const WARNINGS: ReadonlySet<ProblemCode> = new Set([
  'desa-not-found',
  'contract-above-hps',
  'hps-above-pagu',
  'no-tenderer-with-contract',
  'addendum-looks-like-difference',
  'addendum-above-pagu',
]);

export interface Problem {
  /** Row number as the spreadsheet shows it (1 = first row of the sheet). */
  row: number;
  /** Column letter as the spreadsheet shows it ("F"), when the problem belongs to one cell. */
  column?: string;
  /** The column's header as written in the file. */
  header?: string;
  field?: FieldKey;
  code: ProblemCode;
  /** What the cell holds (shortened), so the reader can find it. */
  value?: string;
  detail?: string;
  severity: 'error' | 'warning';
}

export const severityOf = (code: ProblemCode): Problem['severity'] =>
  WARNINGS.has(code) ? 'warning' : 'error';
