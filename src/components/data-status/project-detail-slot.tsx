import type { ReactNode } from 'react';
import { useShownProject, type ShownProject } from '../../api/project-query';
import { useLanguage } from '../../lib/i18n/language';

interface ProjectDetailSlotProps {
  id: string;
  children: (shown: ShownProject) => ReactNode;
  /** Shown when there is no project by this id. */
  notFound?: ReactNode;
}

/**
 * A part of a page that needs one project's full record (its weekly kurva S): loads the project's
 * own file, or asks the worker, and says so meanwhile; a failure stays inside this part.
 */
export function ProjectDetailSlot({ id, children, notFound = null }: ProjectDetailSlotProps) {
  const { locale } = useLanguage();
  const { project } = useShownProject(id);
  if (project.data) return children(project.data);
  if (project.data === null) return notFound;
  if (project.error)
    return (
      <p className="notice notice--warning" role="alert">
        {locale === 'id'
          ? 'Rincian proyek tidak dapat dimuat. '
          : 'The project details could not be loaded. '}
        <button type="button" className="button button--ghost" onClick={() => void project.refetch()}>
          {locale === 'id' ? 'Coba lagi' : 'Try again'}
        </button>
      </p>
    );
  return (
    <p className="loading" role="status">
      {locale === 'id' ? 'Memuat rincian proyek…' : 'Loading the project details…'}
    </p>
  );
}
