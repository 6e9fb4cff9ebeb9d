import { useParams } from 'react-router';
import { useDataset } from '../../api/dataset-queries';
import { DatasetGate } from '../../components/data-status/dataset-gate';
import { ProjectNotFound } from '../../features/project/project-not-found';
import { ProjectPage } from '../../features/project/project-page';
import { projectPageUrl } from '../../features/project/utils/page-url';
import { resolveAppUrl } from '../../lib/config';
import { useLanguage } from '../../lib/i18n/language';
import { usePageTitle } from '../../lib/use-page-title';

/** /proyek/:id: the project's signboard, or a not-found page with the way back. */
export function ProjectRoute() {
  const { id = '' } = useParams();
  const { locale } = useLanguage();
  const { dataset } = useDataset();
  const project = dataset.data?.projects.find((p) => p.id === id);
  // One title for the tab and history: the project's name, or that it was not found.
  usePageTitle(
    project?.title ??
      (dataset.data
        ? locale === 'id'
          ? 'Proyek tidak ditemukan'
          : 'Project not found'
        : locale === 'id'
          ? 'Proyek'
          : 'Project'),
  );
  return (
    <DatasetGate>
      {(data, config) => {
        const found = data.projects.find((p) => p.id === id);
        if (!found) return <ProjectNotFound id={id} />;
        return (
          <ProjectPage
            project={found}
            meta={data.meta}
            siteUrl={config.siteUrl}
            pageUrl={projectPageUrl(found.id, config.siteUrl, resolveAppUrl(''))}
          />
        );
      }}
    </DatasetGate>
  );
}
