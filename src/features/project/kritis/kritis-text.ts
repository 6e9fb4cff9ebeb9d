import type { Project } from '../../../domain/project/types';
import { formatDate } from '../../../domain/format/date';
import { kritisNotAssessed } from '../../../domain/progress/kritis-not-assessed';
import { formatNumber, formatPercent, type Locale } from '../../../domain/format/number';
import { statusLabel } from '../../../components/labels/domain-labels';
import { kritisMessages } from './kritis-messages';

export type KritisState = 'kritis' | 'aman' | 'tidak-dinilai';

export interface KritisText {
  state: KritisState;
  label: string;
  /** Why, with this project's numbers, in plain words. */
  explanation: string;
}

const pts = (value: number, locale: Locale) => formatNumber(Math.abs(value), locale, 2);

/** Why the rule could not be applied to this project. */
function whyNotAssessed(project: Project, asOf: string, locale: Locale): string {
  const t = kritisMessages[locale];
  switch (kritisNotAssessed(project)) {
    case 'no-progress':
      return t.noProgress;
    case 'not-under-way':
      return t.notUnderWay(statusLabel(project.status, locale));
    case 'no-report':
      return t.noReport(formatDate(asOf, locale));
    case 'no-plan':
      return t.noPlan;
    default:
      return t.complete;
  }
}

/** The badge and its one-paragraph explanation, from the progress summary at the as-of date. */
export function describeKritis(project: Project, asOf: string, locale: Locale): KritisText {
  const t = kritisMessages[locale];
  const p = project.progress;
  const k = p.kritis;
  if (!k) {
    return {
      state: 'tidak-dinilai',
      label: t.notAssessedLabel,
      explanation: whyNotAssessed(project, asOf, locale),
    };
  }
  const at = formatDate(p.reportDate, locale);
  const plan = formatPercent(p.planned, locale, 2);
  const actual = formatPercent(p.actual, locale, 2);
  const lag = -k.deviation;
  const gap = lag > 0 ? t.behind(pts(lag, locale)) : lag < 0 ? t.ahead(pts(lag, locale)) : t.onPlan;
  const facts = t.facts(at, plan, actual, gap);
  const limit = k.period === 'I' ? 10 : 5;
  const periodText = k.period === 'I' ? t.periodI : t.periodII;
  if (k.kritis) {
    const verdict = k.reason === 'period-ii-past-fiscal-year' ? t.pastFiscalYear : t.overLimit(limit);
    return {
      state: 'kritis',
      label: t.kritisLabel,
      explanation: `${facts} ${periodText} ${verdict}`,
    };
  }
  return {
    state: 'aman',
    label: t.amanLabel,
    explanation: `${facts} ${periodText} ${t.withinLimit}`,
  };
}
