import { DatasetGate } from '../../components/data-status/dataset-gate';
import { ProjectCount } from '../../features/projects/project-count';
import { useLanguage } from '../../lib/i18n/language';
import { usePageTitle } from '../../lib/use-page-title';

export function StatisticsRoute() {
  const { locale } = useLanguage();
  const title = locale === 'id' ? 'Statistik' : 'Statistics';
  usePageTitle(title);
  return (
    <>
      <h1>{title}</h1>
      <DatasetGate>{(dataset) => <ProjectCount projects={dataset.projects} />}</DatasetGate>
    </>
  );
}
