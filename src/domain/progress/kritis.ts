/**
 * "Indikasi kontrak kritis" by the standard contract conditions (SSUK, clause "Keterlambatan
 * Pelaksanaan Pekerjaan dan Kontrak Kritis"; Permen PU 07/PRT/M/2011, LKPP 9/2018):
 *  - period I, planned progress 0–70 %: kritis when actual lags plan by more than 10 points;
 *  - period II, planned progress above 70 %: kritis when it lags by more than 5 points, or lags
 *    at all while the work will run past the fiscal year.
 * Only the PPK can declare a contract kritis (after an SCM), so the app says "indikasi".
 */
export const PERIOD_I_MAX_PLAN = 70;
export const PERIOD_I_TOLERANCE = 10;
export const PERIOD_II_TOLERANCE = 5;

export type KritisReason = 'period-i-lag' | 'period-ii-lag' | 'period-ii-past-fiscal-year';

export interface KritisInput {
  /** Planned cumulative physical progress at the report date, %. */
  planned: number;
  /** Actual cumulative physical progress at the report date, %. */
  actual: number;
  /** True when the work is expected to end after 31 December of its fiscal year. */
  runsPastFiscalYear: boolean;
}

export interface KritisResult {
  kritis: boolean;
  period: 'I' | 'II';
  /** realisasi − rencana, percentage points, rounded to hundredths; negative = behind. */
  deviation: number;
  reason?: KritisReason;
}

export function assessKritis({ planned, actual, runsPastFiscalYear }: KritisInput): KritisResult {
  // Reports carry two decimals; rounding keeps 59.99999 − 70 from counting as "more than 10".
  const deviation = Math.round((actual - planned) * 100) / 100;
  const lag = -deviation;
  if (planned <= PERIOD_I_MAX_PLAN) {
    return lag > PERIOD_I_TOLERANCE
      ? { kritis: true, period: 'I', deviation, reason: 'period-i-lag' }
      : { kritis: false, period: 'I', deviation };
  }
  if (lag > PERIOD_II_TOLERANCE) return { kritis: true, period: 'II', deviation, reason: 'period-ii-lag' };
  if (lag > 0 && runsPastFiscalYear)
    return { kritis: true, period: 'II', deviation, reason: 'period-ii-past-fiscal-year' };
  return { kritis: false, period: 'II', deviation };
}
