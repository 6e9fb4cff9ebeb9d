import { Link } from 'react-router';
import type { Project } from '../../../domain/project/types';
import { useMessages } from '../../../lib/i18n/messages';
import { contractorMessages } from '../contractor-messages';

/** The package chosen on the map, with the way to its page (the map itself only highlights it). */
export function SelectedProject({ project, onClose }: { project: Project; onClose: () => void }) {
  const t = useMessages(contractorMessages);
  return (
    <div className="contractor-selected" data-testid="contractor-selected">
      <p className="contractor-selected__label">{t.selected}</p>
      <Link className="contractor-selected__title" to={`/proyek/${encodeURIComponent(project.id)}`}>
        {project.title}
      </Link>
      <button type="button" className="button button--ghost button--small" onClick={onClose}>
        {t.close}
      </button>
    </div>
  );
}
