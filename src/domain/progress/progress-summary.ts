import type { KritisResult } from './kritis';

/** A project's progress at the data's as-of date (apart from the project types: no import cycle). */
export interface ProgressSummary {
  /** Date of the latest physical progress report on or before the as-of date. */
  reportDate?: string;
  planned?: number;
  actual?: number;
  /** realisasi − rencana in percentage points at the report date. */
  deviation?: number;
  financialPercent?: number;
  financialAmount?: number;
  /** Only for contracts under way with both a plan and a report. */
  kritis?: KritisResult;
  /** Past the contract end date (after addenda) without reaching 100 %, or finished after it. */
  late: boolean;
  hasProgressData: boolean;
}
