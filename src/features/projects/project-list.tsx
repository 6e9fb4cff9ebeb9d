import { Link } from 'react-router';
import type { Project } from '../../domain/project/types';
import { formatRupiahShort } from '../../domain/format/number';
import { useLanguage } from '../../lib/i18n/language';
import { CATEGORY_LABELS, statusLabel } from '../../components/labels/domain-labels';

/** The projects as a plain accessible list: the text alternative of the map. */
export function ProjectList({ projects }: { projects: readonly Project[] }) {
  const { locale } = useLanguage();
  const none = locale === 'id' ? 'tanpa lokasi' : 'no location';
  return (
    <ul className="project-list" aria-label={locale === 'id' ? 'Daftar proyek' : 'Project list'}>
      {projects.map((project) => (
        <li key={project.id} className="project-list__item">
          <Link to={`/proyek/${encodeURIComponent(project.id)}`} className="project-list__title">
            {project.title}
          </Link>
          <span className="project-list__meta">
            {CATEGORY_LABELS[locale][project.category]} · {project.kecamatan?.name ?? none} ·{' '}
            {statusLabel(project.status, locale)}
            {project.progress.kritis?.kritis ? ` · ${statusLabel('kritis', locale)}` : ''} ·{' '}
            {formatRupiahShort(project.pagu, locale)}
          </span>
        </li>
      ))}
    </ul>
  );
}
