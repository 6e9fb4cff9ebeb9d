import { Link } from 'react-router';
import { assessSignals } from '../../../domain/integrity/assess';
import type { Project } from '../../../domain/project/types';
import { SIGNAL_LABELS, SIGNAL_STATE_LABELS, signalReason } from '../../../components/labels/signal-labels';
import { useLanguage } from '../../../lib/i18n/language';
import { useMessages } from '../../../lib/i18n/messages';
import { integrityMessages } from './integrity-messages';
import '../../../components/signals/signal-chips.css';

/**
 * Every signal for this project, with its result and this project's numbers: the ones that hold
 * and the ones that do not, so a reader sees what was checked, and what could not be.
 */
export function IntegritySignals({ project }: { project: Project }) {
  const t = useMessages(integrityMessages);
  const { locale } = useLanguage();
  const results = assessSignals(project);
  const flagged = results.filter((r) => r.state === 'flagged').length;
  const unknown = results.filter((r) => r.state === 'unknown').length;
  return (
    <section
      className="project-section integrity-signals"
      aria-labelledby="integritas"
      data-testid="integrity-signals"
    >
      <h2 id="integritas">{t.title}</h2>
      <p>
        {t.intro} <Link to="/metodologi">{t.methodology}</Link>
      </p>
      <div className="integrity-signals__scroll">
        <table className="integrity-signals__table">
          <caption>{t.caption(flagged, unknown)}</caption>
          <thead>
            <tr>
              <th scope="col">{t.signal}</th>
              <th scope="col">{t.state}</th>
              <th scope="col">{t.numbers}</th>
            </tr>
          </thead>
          <tbody>
            {results.map((result) => (
              <tr key={result.slug} data-signal={result.slug} data-state={result.state}>
                <th scope="row">
                  <Link to={`/metodologi#${result.slug}`}>{SIGNAL_LABELS[locale][result.slug]}</Link>
                </th>
                <td>
                  {result.state === 'flagged' ? (
                    <strong className="signal-chip">{SIGNAL_STATE_LABELS[locale].flagged}</strong>
                  ) : (
                    SIGNAL_STATE_LABELS[locale][result.state]
                  )}
                </td>
                <td>{signalReason(result, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
