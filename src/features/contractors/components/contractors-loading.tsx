import { LoadingState } from '../../../components/data-status/loading-state';
import { useMessages } from '../../../lib/i18n/messages';
import { contractorsMessages } from '../messages';
import { ContractorFilters } from './contractor-filters';
import '../contractors.css';

/**
 * /penyedia before its data: the filters (they work from the URL) and the loading line. The build
 * writes this into the page's HTML.
 */
export function ContractorsLoading() {
  const t = useMessages(contractorsMessages);
  return (
    <div className="contractors">
      <ContractorFilters />
      <LoadingState label={t.loading} />
    </div>
  );
}
