import { DatasetGate } from '../../components/data-status/dataset-gate';
import { CAPTION_LABELS } from '../../features/charts/caption-labels';
import { ContractorsView } from '../../features/contractors/components/contractors-view';
import { contractorsMessages } from '../../features/contractors/messages';
import { useMessages } from '../../lib/i18n/messages';
import { usePageTitle } from '../../lib/use-page-title';

/**
 * /penyedia: every contractor with its packages, contract value, share of the year's total and
 * the packages late, kritis or with signals; sorted and filtered from the URL (urut, arah, q, …).
 */
export function ContractorsRoute() {
  const t = useMessages(contractorsMessages);
  usePageTitle(t.title);
  return (
    <>
      <h1>{t.title}</h1>
      <p className="contractors__intro">{t.intro}</p>
      <DatasetGate pending={<ContractorsView captionLabels={CAPTION_LABELS} />}>
        {/* Filter captions read as the charts' do: the same words for the same filters. */}
        {(dataset) => <ContractorsView dataset={dataset} captionLabels={CAPTION_LABELS} />}
      </DatasetGate>
    </>
  );
}
