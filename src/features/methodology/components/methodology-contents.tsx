import { Link } from 'react-router';
import { SIGNAL_LABELS } from '../../../components/labels/signal-labels';
import { SIGNALS } from '../../../domain/integrity/signals';
import { useLanguage } from '../../../lib/i18n/language';
import { useMessages } from '../../../lib/i18n/messages';
import { methodologyPageMessages } from '../methodology-page-messages';

/**
 * The sections, each one tap away on a phone. Router links, not bare fragments: the router owns
 * the scroll position, and a bare "#x" would reach it as a Back/Forward step (see useScrollToHash).
 */
export function MethodologyContents() {
  const t = useMessages(methodologyPageMessages);
  const { locale } = useLanguage();
  const entries = [
    ...SIGNALS.map((slug) => ({ id: slug, label: SIGNAL_LABELS[locale][slug] })),
    { id: 'kritis', label: t.kritisTitle },
  ];
  return (
    <nav className="methodology__contents" aria-label={t.contents}>
      <ul>
        {entries.map(({ id, label }) => (
          <li key={id}>
            <Link to={{ hash: id }}>{label}</Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
