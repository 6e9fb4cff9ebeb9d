import { LoadingState } from '../../../components/data-status/loading-state';
import { useMessages } from '../../../lib/i18n/messages';
import { usePageTitle } from '../../../lib/use-page-title';
import { contractorMessages } from '../contractor-messages';
import { contractorsMessages } from '../messages';
import '../contractor.css';

/** A contractor's page before the data names it: a heading, and the loading line. */
export function ContractorLoading() {
  const t = useMessages(contractorMessages);
  const list = useMessages(contractorsMessages);
  usePageTitle(t.kicker);
  return (
    <>
      <h1>{t.kicker}</h1>
      <LoadingState label={list.loading} />
    </>
  );
}
