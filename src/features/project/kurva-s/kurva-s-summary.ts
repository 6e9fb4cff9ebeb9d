import type { Project } from '../../../domain/project/types';
import type { KurvaSRow } from '../../../domain/progress/kurva-s';
import { formatDate } from '../../../domain/format/date';
import { formatPercent, formatPoints, type Locale } from '../../../domain/format/number';
import type { kurvaSMessages } from './messages';

/** One sentence for everyone and for screen readers: the state at the latest report. */
export function kurvaSSummary(
  project: Project,
  rows: readonly KurvaSRow[],
  t: (typeof kurvaSMessages)['id'],
  locale: Locale,
): string {
  const p = project.progress;
  if (rows.length === 0) return t.noData;
  if (p.reportDate === undefined || p.actual === undefined) {
    const lastPlan = [...rows].reverse().find((r) => r.planned !== undefined);
    return lastPlan ? t.summaryPlanOnly(formatDate(lastPlan.date, locale)) : t.noData;
  }
  const date = formatDate(p.reportDate, locale);
  const actual = formatPercent(p.actual, locale, 2);
  if (p.planned === undefined) return t.summaryNoPlan(date, actual);
  return t.summary(
    date,
    formatPercent(p.planned, locale, 2),
    actual,
    formatPoints(p.deviation, locale),
    p.financialPercent === undefined ? t.notAvailable : formatPercent(p.financialPercent, locale, 2),
  );
}
