import { Link } from 'react-router';
import './signal-chips.css';
import { flaggedSignals } from '../../domain/integrity/assess';
import type { Project } from '../../domain/project/types';
import type { Locale } from '../../domain/format/number';
import { SIGNAL_LABELS, signalReason } from '../labels/signal-labels';

interface SignalChipsProps {
  project: Project;
  locale: Locale;
  /** Chips inside a button (a list row) are text; elsewhere each links to its rule on /metodologi. */
  linked?: boolean;
  /** Read before the chips by screen readers: "Tanda integritas:". */
  label: string;
}

/**
 * The integrity signals that hold for a project, each with this project's numbers in its title.
 * Nothing at all when none holds: a missing chip is not a verdict, and /metodologi says so.
 */
export function SignalChips({ project, locale, linked = false, label }: SignalChipsProps) {
  const flagged = flaggedSignals(project);
  if (flagged.length === 0) return null;
  if (!linked)
    // Phrasing content only: a button may hold no list.
    return (
      <span className="signal-chips" data-testid="signal-chips">
        <span className="visually-hidden">{label} </span>
        {flagged.map((signal) => (
          <span
            key={signal.slug}
            className="signal-chip"
            title={signalReason(signal, locale)}
            data-signal={signal.slug}
          >
            {SIGNAL_LABELS[locale][signal.slug]}
          </span>
        ))}
      </span>
    );
  return (
    <ul className="signal-chips" aria-label={label} data-testid="signal-chips">
      {flagged.map((signal) => {
        const name = SIGNAL_LABELS[locale][signal.slug];
        const reason = signalReason(signal, locale);
        return (
          <li key={signal.slug}>
            <Link
              className="signal-chip"
              to={`/metodologi#${signal.slug}`}
              title={reason}
              data-signal={signal.slug}
            >
              {name}
              <span className="visually-hidden">: {reason}</span>
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
