import { useMemo } from 'react';
import { DatasetGate } from '../../components/data-status/dataset-gate';
import { FilterBar } from '../../components/filters/filter-bar';
import { IgnoredParamsNotice } from '../../components/filters/ignored-params-notice';
import { useUrlFilters } from '../../components/filters/use-url-filters';
import { applyFilters } from '../../domain/filters/filters';
import type { LoadedDataset } from '../../api/dataset-queries';
import { DataAbout } from '../../features/data-io/components/data-about';
import { DataDownloads } from '../../features/data-io/components/data-downloads';
import { DataImportTeaser } from '../../features/data-io/components/data-import-teaser';
import { DataMethodology } from '../../features/data-io/components/data-methodology';
import { dataMessages } from '../../features/data-io/data-messages';
import '../../features/data-io/data-io.css';
import { useMessages } from '../../lib/i18n/messages';
import { usePageTitle } from '../../lib/use-page-title';
import { resolveAppUrl } from '../../lib/config';

/** /data: about the data, downloads of the current filter and of everything, methodology, import. */
export function DataRoute() {
  const t = useMessages(dataMessages);
  usePageTitle(t.title);
  return (
    <div className="data-page">
      <h1>{t.title}</h1>
      <p>{t.intro}</p>
      <DatasetGate>
        {(dataset, config) => (
          <DataPageBody dataset={dataset} boundariesUrl={resolveAppUrl(config.boundariesUrl)} />
        )}
      </DatasetGate>
    </div>
  );
}

function DataPageBody({ dataset, boundariesUrl }: { dataset: LoadedDataset; boundariesUrl: string }) {
  const t = useMessages(dataMessages);
  const { filters, ignored } = useUrlFilters();
  const filtered = useMemo(() => applyFilters(dataset.projects, filters), [dataset.projects, filters]);
  return (
    <>
      <section aria-labelledby="tentang">
        <h2 id="tentang">{t.aboutTitle}</h2>
        <DataAbout meta={dataset.meta} projectCount={dataset.projects.length} />
      </section>
      <section aria-labelledby="unduh">
        <h2 id="unduh">{t.downloadsTitle}</h2>
        <p>{t.changeFilter}</p>
        <IgnoredParamsNotice ignored={ignored} />
        <FilterBar projects={dataset.projects} />
        <DataDownloads
          dataset={dataset}
          filtered={filtered}
          filters={filters}
          boundariesUrl={boundariesUrl}
        />
      </section>
      <DataMethodology />
      <DataImportTeaser />
    </>
  );
}
