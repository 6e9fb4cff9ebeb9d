import { Link } from 'react-router';
import { useMessages } from '../../../lib/i18n/messages';
import { usePageTitle } from '../../../lib/use-page-title';
import { contractorMessages } from '../contractor-messages';

/** A key no contractor has: say so, show the key as given (as text), and offer the way back. */
export function ContractorNotFound({ id }: { id: string }) {
  const t = useMessages(contractorMessages);
  usePageTitle(t.notFoundTitle);
  return (
    <section className="not-found" data-testid="contractor-not-found">
      <h1>{t.notFoundTitle}</h1>
      <p>{t.notFoundBody(id)}</p>
      <p>
        <Link to="/penyedia">{t.backToList}</Link>
      </p>
    </section>
  );
}
