import type { ProjectFacts } from '../project/types';
import { assessKritis } from './kritis';
import type { ProgressSummary } from './progress-summary';

export type { ProgressSummary } from './progress-summary';
import { latestOnOrBefore, roundPoints, valueAt } from './series';

const DAY_MS = 86_400_000;

function fiscalYearEnd(project: Pick<ProjectFacts, 'contractStart'>, asOf: string): string {
  const year = (project.contractStart ?? asOf).slice(0, 4);
  return `${year}-12-31`;
}

/**
 * Will the work end after the fiscal year? Yes when the contract end (after addenda) is after
 * 31 December, or when the pace so far would finish the rest after it.
 */
export function runsPastFiscalYear(
  project: ProjectFacts,
  asOf: string,
  actual: number,
  reportDate: string,
): boolean {
  const yearEnd = fiscalYearEnd(project, asOf);
  if (project.contractEnd && project.contractEnd > yearEnd) return true;
  if (!project.contractStart || actual >= 100) return false;
  const elapsedDays = (Date.parse(reportDate) - Date.parse(project.contractStart)) / DAY_MS;
  if (elapsedDays <= 0 || actual <= 0) return false;
  const daysToFinish = ((100 - actual) * elapsedDays) / actual;
  return Date.parse(reportDate) + daysToFinish * DAY_MS > Date.parse(`${yearEnd}T23:59:59Z`);
}

export function summarizeProgress(project: ProjectFacts, asOf: string): ProgressSummary {
  const report = latestOnOrBefore(project.actualProgress, asOf);
  const finance = latestOnOrBefore(project.financialProgress, asOf);
  const hasProgressData = project.actualProgress.length > 0 || project.plannedProgress.length > 0;
  const summary: ProgressSummary = {
    financialPercent: finance?.percent === undefined ? undefined : roundPoints(finance.percent),
    financialAmount: finance?.amount,
    late: false,
    hasProgressData,
  };
  if (!report) return summary;
  const planned = valueAt(project.plannedProgress, report.date);
  summary.reportDate = report.date;
  summary.actual = report.value;
  const finishedOn =
    report.value >= 100 ? project.actualProgress.find((p) => p.value >= 100)?.date : undefined;
  summary.late = project.contractEnd
    ? finishedOn
      ? finishedOn > project.contractEnd
      : asOf > project.contractEnd && project.status === 'pelaksanaan'
    : false;
  if (planned === undefined) return summary;
  summary.planned = roundPoints(planned);
  summary.deviation = roundPoints(report.value - planned);
  if (project.status === 'pelaksanaan' && report.value < 100) {
    summary.kritis = assessKritis({
      planned: summary.planned,
      actual: report.value,
      runsPastFiscalYear: runsPastFiscalYear(project, asOf, report.value, report.date),
    });
  }
  return summary;
}
