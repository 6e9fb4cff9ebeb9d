import type { ReactNode } from 'react';
import { useShownProject, type ShownProject } from '../../api/project-query';
import { useMessages } from '../../lib/i18n/messages';
import { errorMessages } from './error-messages';
import { dataStatusMessages } from './messages';

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
  const m = useMessages(dataStatusMessages);
  const { retry } = useMessages(errorMessages);
  const { project } = useShownProject(id);
  if (project.data) return children(project.data);
  if (project.data === null) return notFound;
  if (project.error)
    return (
      <p className="notice notice--warning" role="alert">
        {m.detailFailed}
        <button type="button" className="button button--ghost" onClick={() => void project.refetch()}>
          {retry}
        </button>
      </p>
    );
  return (
    <p className="loading" role="status">
      {m.loadingDetail}
    </p>
  );
}
