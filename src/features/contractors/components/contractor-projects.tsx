import { Link } from 'react-router';
import { CATEGORY_LABELS, statusLabel } from '../../../components/labels/domain-labels';
import { SignalChips } from '../../../components/signals/signal-chips';
import { formatNumber, formatPercent, formatRupiahShort } from '../../../domain/format/number';
import type { Project } from '../../../domain/project/types';
import { useLanguage } from '../../../lib/i18n/language';
import { useMessages } from '../../../lib/i18n/messages';
import { contractorMessages } from '../contractor-messages';

/** The contractor's packages as a list, each a link to its own page. */
export function ContractorProjects({ projects }: { projects: readonly Project[] }) {
  const t = useMessages(contractorMessages);
  const { locale } = useLanguage();
  return (
    <section aria-labelledby="penyedia-paket">
      <h2 id="penyedia-paket">{t.projectsTitle(formatNumber(projects.length, locale))}</h2>
      <ul className="contractor-projects" data-testid="contractor-projects">
        {projects.map((project) => {
          const { actual, planned } = project.progress;
          const meta = [
            CATEGORY_LABELS[locale][project.category],
            project.kecamatan?.name ?? t.noKecamatan,
            ...(project.geometry ? [] : [t.noLocation]),
            statusLabel(project.status, locale),
            formatRupiahShort(project.contractValue, locale),
            ...(actual !== undefined
              ? [t.progress(formatPercent(actual, locale), formatPercent(planned, locale))]
              : []),
          ];
          return (
            <li key={project.id} className="contractor-projects__item" data-project-id={project.id}>
              <Link className="contractor-projects__title" to={`/proyek/${encodeURIComponent(project.id)}`}>
                {project.title}
              </Link>
              <span className="contractor-projects__meta">
                {meta.join(' · ')}
                {project.progress.kritis?.kritis === true && (
                  <strong className="contractor-pill contractor-pill--kritis">{t.kritis}</strong>
                )}
                {project.progress.late && (
                  <strong className="contractor-pill contractor-pill--late">{t.late}</strong>
                )}
              </span>
              <SignalChips project={project} locale={locale} label={t.signals} linked />
            </li>
          );
        })}
      </ul>
    </section>
  );
}
