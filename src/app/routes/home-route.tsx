import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { DatasetGate } from '../../components/data-status/dataset-gate';
import { applyFilters } from '../../domain/filters/filters';
import { parseFilters } from '../../domain/filters/url-state';
import { usePageTitle } from '../../lib/use-page-title';
import { useLanguage } from '../../lib/i18n/language';
import { ProjectCount } from '../../features/projects/project-count';
import { ProjectList } from '../../features/projects/project-list';
import type { Project } from '../../domain/project/types';

function FilteredProjects({ projects }: { projects: Project[] }) {
  const [params] = useSearchParams();
  const { filters } = useMemo(() => parseFilters(params, ['proyek']), [params]);
  const visible = useMemo(() => applyFilters(projects, filters), [projects, filters]);
  return (
    <>
      <ProjectCount projects={visible} />
      <ProjectList projects={visible} />
    </>
  );
}

export function HomeRoute() {
  const { locale } = useLanguage();
  usePageTitle(locale === 'id' ? 'Peta proyek' : 'Project map');
  return (
    <>
      <h1>
        {locale === 'id'
          ? 'Pembangunan infrastruktur Kabupaten Bekasi 2023'
          : 'Infrastructure works in Kabupaten Bekasi, 2023'}
      </h1>
      <DatasetGate>{(dataset) => <FilteredProjects projects={dataset.projects} />}</DatasetGate>
    </>
  );
}
