import type { Project } from '../../../domain/project/types';
import { formatDate } from '../../../domain/format/date';
import { formatPercent, formatPoints, formatRupiahShort } from '../../../domain/format/number';
import { roundPoints } from '../../../domain/progress/series';
import { DataValue } from '../../../components/data-value';
import { useLanguage } from '../../../lib/i18n/language';
import { useMessages } from '../../../lib/i18n/messages';
import { compareMessages } from './compare-messages';

function Meter({
  label,
  value,
  detail,
  testId,
}: {
  label: string;
  value?: number;
  detail?: string;
  testId: string;
}) {
  const { locale } = useLanguage();
  const t = useMessages(compareMessages);
  const width = value === undefined ? 0 : Math.max(0, Math.min(100, value));
  return (
    <div className="compare__row" data-testid={testId}>
      <span className="compare__label">{label}</span>
      {/* A native bar, not a styled width: the page's HTML is written by the build, and the
          policy allows no style attributes in it. */}
      <progress className="compare__track" max={100} value={width} aria-hidden="true" />
      <span className="compare__value">
        {value === undefined ? (
          t.notAvailable
        ) : (
          <DataValue value={value}>{formatPercent(value, locale, 2)}</DataValue>
        )}
        {detail && <span className="compare__detail"> {detail}</span>}
      </span>
    </div>
  );
}

/**
 * Progres fisik beside progres keuangan at the as-of date, with the gap in one sentence: the press
 * asks why money runs ahead of work (or behind it).
 */
export function PhysicalFinancial({ project }: { project: Project }) {
  const { locale } = useLanguage();
  const t = useMessages(compareMessages);
  const p = project.progress;
  const physical = p.actual;
  const financial = p.financialPercent;
  const gap =
    physical !== undefined && financial !== undefined ? roundPoints(financial - physical) : undefined;
  // The sentence says above or below in words, so the points lose their sign.
  const unsigned = (points: number) => formatPoints(points, locale).replace('+', '');
  const sentence =
    gap === undefined
      ? t.noComparison
      : Math.abs(gap) < 0.005
        ? t.inStep
        : gap > 0
          ? t.paidAhead(unsigned(gap))
          : t.paidBehind(unsigned(-gap));
  return (
    <section
      className="project-section compare"
      aria-labelledby="compare-title"
      data-testid="physical-financial"
    >
      <h2 id="compare-title">{t.title}</h2>
      <p className="compare__when">
        {p.reportDate ? t.latestReport(formatDate(p.reportDate, locale)) : t.noReport}
      </p>
      <Meter label={t.physicalActual} value={physical} testId="compare-physical" />
      {p.planned !== undefined && (
        <Meter
          label={t.physicalPlan}
          value={p.planned}
          detail={p.deviation === undefined ? undefined : t.deviation(formatPoints(p.deviation, locale))}
          testId="compare-planned"
        />
      )}
      <Meter
        label={t.financialPaid}
        value={financial}
        detail={
          p.financialAmount === undefined ? undefined : `(${formatRupiahShort(p.financialAmount, locale)})`
        }
        testId="compare-financial"
      />
      <p className="compare__sentence" data-testid="compare-sentence">
        {sentence}
      </p>
    </section>
  );
}
