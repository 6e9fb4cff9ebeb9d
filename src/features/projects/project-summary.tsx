import { Link } from 'react-router';
import type { Project } from '../../domain/project/types';
import { formatPercent, formatPoints, formatRupiahShort } from '../../domain/format/number';
import { formatDate } from '../../domain/format/date';
import { DataValue } from '../../components/data-value';
import { CATEGORY_LABELS, statusLabel } from '../../components/labels/domain-labels';
import { useLanguage } from '../../lib/i18n/language';
import { useMessages } from '../../lib/i18n/messages';
import { projectsMessages } from './projects-messages';
import { ProgressVsPlan } from './progress-vs-plan';
import { SignalChips } from '../../components/signals/signal-chips';
import { contractorKey } from '../../domain/integrity/package-standing';

interface ProjectSummaryProps {
  project: Project;
  /** False when the selected project is hidden by the current filters. */
  visible: boolean;
  onClose: () => void;
}

/** The selected project in brief, with the way to its full page. */
export function ProjectSummary({ project, visible, onClose }: ProjectSummaryProps) {
  const t = useMessages(projectsMessages);
  const { locale } = useLanguage();
  const kritis = project.progress.kritis;
  const place = [project.locationName, project.desa?.name, project.kecamatan?.name]
    .filter(Boolean)
    .join(', ');
  return (
    <section className="project-summary" aria-label={t.summaryLabel} data-testid="project-summary">
      <div className="project-summary__head">
        <h2 className="project-summary__title">{project.title}</h2>
        <button type="button" className="button button--ghost button--small" onClick={onClose}>
          {t.close}
        </button>
      </div>
      {!visible && <p className="project-summary__note">{t.notInFilter}</p>}
      {kritis?.kritis && (
        <p className="project-summary__kritis" data-testid="kritis-badge">
          <strong className="pill pill--kritis">{t.kritis}</strong> {t[kritis.reason ?? 'period-i-lag']}{' '}
          <span className="project-summary__fine">{t.kritisNote}</span>
        </p>
      )}
      {project.progress.late && <p className="pill pill--late">{t.late}</p>}
      <SignalChips project={project} locale={locale} label={t.signals} linked />
      <dl className="project-summary__facts">
        <dt>{t.category}</dt>
        <dd>{CATEGORY_LABELS[locale][project.category]}</dd>
        <dt>{t.location}</dt>
        <dd>{place || t.unknownKecamatan}</dd>
        <dt>{t.status}</dt>
        <dd>{statusLabel(project.status, locale)}</dd>
        <dt>{t.pagu}</dt>
        <dd>
          {project.pagu === undefined ? (
            '–'
          ) : (
            <DataValue value={project.pagu}>{formatRupiahShort(project.pagu, locale)}</DataValue>
          )}
        </dd>
        <dt>{t.contractValue}</dt>
        <dd>
          {project.contractValue === undefined ? (
            '–'
          ) : (
            <DataValue value={project.contractValue}>
              {formatRupiahShort(project.contractValue, locale)}
            </DataValue>
          )}
        </dd>
        <dt>{t.contractor}</dt>
        <dd>
          {project.contractor ? (
            <Link to={`/penyedia/${encodeURIComponent(contractorKey(project.contractor))}`}>
              {project.contractor}
            </Link>
          ) : (
            '–'
          )}
        </dd>
        <dt>{t.dates}</dt>
        <dd>
          {formatDate(project.contractStart, locale, 'short')} –{' '}
          {formatDate(project.contractEnd, locale, 'short')}
        </dd>
        <dt>{t.physical}</dt>
        <dd>
          {project.progress.actual === undefined ? (
            t.noProgress
          ) : (
            <>
              {t.actual} {formatPercent(project.progress.actual, locale)}
              {project.progress.planned !== undefined &&
                ` · ${t.plan} ${formatPercent(project.progress.planned, locale)} · ${t.deviation} ${formatPoints(project.progress.deviation, locale)}`}
              {project.progress.reportDate &&
                ` (${t.reportDate(formatDate(project.progress.reportDate, locale, 'short'))})`}
              <ProgressVsPlan actual={project.progress.actual} planned={project.progress.planned} />
            </>
          )}
        </dd>
      </dl>
      <Link className="button project-summary__link" to={`/proyek/${encodeURIComponent(project.id)}`}>
        {t.openPage}
      </Link>
    </section>
  );
}
