import { memo, type KeyboardEvent } from 'react';
import type { Project } from '../../domain/project/types';
import { formatPercent, formatRupiahShort } from '../../domain/format/number';
import type { Locale } from '../../domain/format/number';
import { CATEGORY_LABELS, statusLabel } from '../../components/labels/domain-labels';
import type { projectsMessages } from './projects-messages';
import { SignalChips } from '../../components/signals/signal-chips';

interface ProjectRowProps {
  project: Project;
  index: number;
  selected: boolean;
  locale: Locale;
  t: (typeof projectsMessages)['id'];
  onSelect: (id: string) => void;
  onKeyDown: (event: KeyboardEvent<HTMLButtonElement>) => void;
}

/** One row of the list: a button that selects the project (the map highlights it in step). */
export const ProjectRow = memo(function ProjectRow({
  project,
  index,
  selected,
  locale,
  t,
  onSelect,
  onKeyDown,
}: ProjectRowProps) {
  const place = [project.kecamatan?.name ?? t.unknownKecamatan, project.desa?.name]
    .filter(Boolean)
    .join(', ');
  const kritis = project.progress.kritis?.kritis === true;
  const { actual, planned } = project.progress;
  return (
    <button
      type="button"
      className="project-row"
      data-index={index}
      data-project-id={project.id}
      aria-current={selected ? 'true' : undefined}
      onClick={() => onSelect(project.id)}
      onKeyDown={onKeyDown}
    >
      <span className="project-row__title">{project.title}</span>
      <span className="project-row__meta">
        {CATEGORY_LABELS[locale][project.category]} · {place}
        {!project.geometry && <span className="pill pill--muted">{t.noLocation}</span>}
      </span>
      <span className="project-row__meta">
        {statusLabel(project.status, locale)}
        {kritis && <span className="pill pill--kritis">{t.kritis}</span>}
        {' · '}
        {formatRupiahShort(project.pagu, locale)}
        {actual !== undefined &&
          ` · ${t.progress} ${formatPercent(actual, locale)}${
            planned !== undefined ? ` (${t.plan} ${formatPercent(planned, locale)})` : ''
          }`}
      </span>
      <SignalChips project={project} locale={locale} label={t.signals} />
    </button>
  );
});
