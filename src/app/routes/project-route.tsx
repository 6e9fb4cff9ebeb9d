import { useParams } from 'react-router';
import { useShownProject } from '../../api/project-query';
import { ProjectGate } from '../../components/data-status/project-gate';
import { ProjectNotFound } from '../../features/project/project-not-found';
import { ProjectPage } from '../../features/project/project-page';
import { projectPageUrl } from '../../features/project/utils/page-url';
import { resolveAppUrl } from '../../lib/config';
import { usePageTitle } from '../../lib/use-page-title';
import { useMessages } from '../../lib/i18n/messages';
import { routeMessages } from './route-messages';

/** /proyek/:id: the project's signboard, or a not-found page with the way back. */
export function ProjectRoute() {
  const { id = '' } = useParams();
  const r = useMessages(routeMessages);
  const { project } = useShownProject(id);
  // One title for the tab and history: the project's name, or that it was not found.
  usePageTitle(
    project.data?.project.title ?? (project.data === null ? r.projectNotFoundTitle : r.projectTitle),
  );
  return (
    <ProjectGate id={id} notFound={<ProjectNotFound id={id} />}>
      {({ project: found, meta }, config) => (
        <ProjectPage
          project={found}
          meta={meta}
          siteUrl={config.siteUrl}
          reportWhatsApp={config.reportWhatsApp}
          pageUrl={projectPageUrl(found.id, config.siteUrl, resolveAppUrl(''))}
        />
      )}
    </ProjectGate>
  );
}
