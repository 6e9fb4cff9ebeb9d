import { Suspense, useState } from 'react';
import { useParams } from 'react-router';
import type { LoadedDataset } from '../../api/dataset-queries';
import { MapBoundary, MapWithOutlines } from './lazy-project-map';
import { DatasetGate } from '../../components/data-status/dataset-gate';
import { contractorKey } from '../../domain/integrity/package-standing';
import type { ChoroplethMode } from '../../domain/map/choropleth';
import type { ColourMode } from '../../domain/map/colours';
import type { DatasetMeta } from '../../domain/dataset/types';
import type { Project } from '../../domain/project/types';
import { ContractorDetail } from '../../features/contractors/components/contractor-detail';
import { ContractorLoading } from '../../features/contractors/components/contractor-loading';
import { ContractorNotFound } from '../../features/contractors/components/contractor-not-found';
import { SelectedProject } from '../../features/contractors/components/selected-project';
import { contractorMessages } from '../../features/contractors/contractor-messages';
import { useContractor } from '../../features/contractors/hooks/use-contractor';
import { useMessages } from '../../lib/i18n/messages';

const keepView = () => {};

interface ContractorMapProps {
  projects: readonly Project[];
  meta: DatasetMeta;
  selectedId?: string;
  onSelect: (id: string) => void;
}

/**
 * The home page's map with this contractor's packages only. Its view stays on the page (no `peta`
 * parameter): the contractor's address is the share contract here.
 */
function ContractorMap({ projects, meta, selectedId, onSelect }: ContractorMapProps) {
  const t = useMessages(contractorMessages);
  const [colourMode, setColourMode] = useState<ColourMode>('status');
  const [choropleth, setChoropleth] = useState<ChoroplethMode>();
  return (
    <MapBoundary
      fallback={
        <p className="notice notice--warning" role="alert">
          {t.mapFailed}
        </p>
      }
    >
      <Suspense fallback={<p className="loading">{t.mapLoading}</p>}>
        <MapWithOutlines
          projects={projects}
          meta={meta}
          selectedId={selectedId}
          onSelect={onSelect}
          onViewChange={keepView}
          colourMode={colourMode}
          onColourModeChange={setColourMode}
          choropleth={choropleth}
          onChoroplethChange={setChoropleth}
        />
      </Suspense>
    </MapBoundary>
  );
}

function ContractorPage({ dataset, id }: { dataset: LoadedDataset; id: string }) {
  // A pasted name ("CV Maju Jaya") finds the same contractor as its key ("cv-maju-jaya").
  const { projects, row, yearTotal } = useContractor(dataset, contractorKey(id));
  const [selectedId, setSelectedId] = useState<string>();
  if (!row) return <ContractorNotFound id={id} />;
  const selected = projects.find((p) => p.id === selectedId);
  return (
    <ContractorDetail
      dataset={dataset}
      row={row}
      projects={projects}
      yearTotal={yearTotal}
      map={
        <>
          <ContractorMap
            projects={projects}
            meta={dataset.meta}
            selectedId={selected?.id}
            onSelect={setSelectedId}
          />
          {selected && <SelectedProject project={selected} onClose={() => setSelectedId(undefined)} />}
        </>
      }
    />
  );
}

/** /penyedia/:id: one contractor (id = contractorKey of its name), or a clear "not found". */
export function ContractorRoute() {
  const { id = '' } = useParams();
  return (
    <DatasetGate pending={<ContractorLoading />}>
      {(dataset) => <ContractorPage key={id} dataset={dataset} id={id} />}
    </DatasetGate>
  );
}
