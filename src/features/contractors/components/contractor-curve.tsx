import { useProgrammeKurvaS } from '../../../api/use-programme-kurva-s';
import { DataValue } from '../../../components/data-value';
import { curveSummary } from '../../../domain/contractors/curve-summary';
import { formatDate } from '../../../domain/format/date';
import { formatNumber, formatPercent, formatPoints, formatRupiahShort } from '../../../domain/format/number';
import type { Project } from '../../../domain/project/types';
import { useLanguage } from '../../../lib/i18n/language';
import { useMessages } from '../../../lib/i18n/messages';
import { contractorMessages } from '../contractor-messages';

/**
 * The contractor's packages as one kurva S at the data's date: plan and actual, each package
 * weighted by its contract value (the programme kurva S's rule, summed from the weekly curves).
 */
export function ContractorCurve({ projects }: { projects: readonly Project[] }) {
  const t = useMessages(contractorMessages);
  const { locale } = useLanguage();
  const programme = useProgrammeKurvaS(projects);
  let body;
  if (programme.state === 'loading')
    body = (
      <p className="loading" role="status">
        {t.curveLoading}
      </p>
    );
  else if (programme.state === 'error')
    body = (
      <p className="notice notice--warning" role="alert">
        {t.curveFailed}{' '}
        <button type="button" className="button button--ghost button--small" onClick={programme.retry}>
          {t.retry}
        </button>
      </p>
    );
  else {
    const summary = curveSummary(programme.curve);
    body = !summary ? (
      <p>{t.curveNone}</p>
    ) : (
      <>
        <p data-testid="contractor-curve">
          {t.curve(
            formatDate(summary.date, locale),
            formatPercent(summary.actual, locale),
            formatPercent(summary.planned, locale),
            formatPoints(summary.deviation, locale),
          )}
        </p>
        <dl className="contractor-curve">
          <dt>{t.planned}</dt>
          <dd data-figure="rencana">
            <DataValue value={summary.planned}>{formatPercent(summary.planned, locale)}</DataValue>
          </dd>
          <dt>{t.actual}</dt>
          <dd data-figure="realisasi">
            <DataValue value={summary.actual}>{formatPercent(summary.actual, locale)}</DataValue>
          </dd>
          <dt>{t.deviation}</dt>
          <dd data-figure="deviasi">
            <DataValue value={summary.deviation}>{formatPoints(summary.deviation, locale)}</DataValue>
          </dd>
        </dl>
        <p className="contractor-figures__note">
          {t.curveWeights(
            formatNumber(summary.packages, locale),
            formatNumber(projects.length, locale),
            formatRupiahShort(summary.weight, locale),
          )}
        </p>
      </>
    );
  }
  return (
    <section aria-labelledby="penyedia-kurva-s">
      <h2 id="penyedia-kurva-s">{t.curveTitle}</h2>
      {body}
    </section>
  );
}
