import { useId } from 'react';
import './projects.css';
import type { Project } from '../../domain/project/types';
import { SORT_KEYS, isSortKey, type SortKey } from '../../domain/map/sort';
import { useLanguage } from '../../lib/i18n/language';
import { useMessages } from '../../lib/i18n/messages';
import { projectsMessages } from './projects-messages';
import { useMediaQuery } from '../../lib/use-media-query';
import { NARROW_LAYOUT } from './map-list-layout';
import { BoxScrolledRows, PageScrolledRows } from './scrolled-rows';

interface ProjectListProps {
  /** Already filtered and sorted. */
  projects: readonly Project[];
  selectedId?: string;
  onSelect: (id: string) => void;
  sort?: SortKey;
  onSortChange: (sort: SortKey | undefined) => void;
}

/**
 * The projects as an accessible list, the map's text alternative. Virtualised: only the rows in
 * view exist in the DOM, so ten thousand projects scroll as smoothly as a hundred.
 */
export function ProjectList({ projects, selectedId, onSelect, sort, onSortChange }: ProjectListProps) {
  const t = useMessages(projectsMessages);
  const { locale } = useLanguage();
  const ids = useId();
  const pageScrolled = useMediaQuery(NARROW_LAYOUT);
  const Rows = pageScrolled ? PageScrolledRows : BoxScrolledRows;

  return (
    <section className="project-list" aria-labelledby={`${ids}-title`}>
      <div className="project-list__header">
        <h2 id={`${ids}-title`} className="project-list__title">
          {t.listLabel}
        </h2>
        <label className="project-list__sort">
          {t.sortLabel}
          <select
            value={sort ?? ''}
            onChange={(e) => onSortChange(isSortKey(e.target.value) ? e.target.value : undefined)}
          >
            <option value="">{t.sortDefault}</option>
            {SORT_KEYS.map((key) => (
              <option key={key} value={key}>
                {t[key]}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p id={`${ids}-hint`} className="project-list__hint">
        {t.listHint}
      </p>
      {projects.length === 0 ? (
        <p className="project-list__empty">{t.empty}</p>
      ) : (
        <Rows
          projects={projects}
          selectedId={selectedId}
          onSelect={onSelect}
          locale={locale}
          t={t}
          labelledBy={`${ids}-title`}
          describedBy={`${ids}-hint`}
        />
      )}
    </section>
  );
}
