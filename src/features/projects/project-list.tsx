import { useEffect, useId, useRef, type KeyboardEvent } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import './projects.css';
import type { Project } from '../../domain/project/types';
import { SORT_KEYS, isSortKey, type SortKey } from '../../domain/map/sort';
import { useLanguage } from '../../lib/i18n/language';
import { useMessages } from '../../lib/i18n/messages';
import { projectsMessages } from './projects-messages';
import { ProjectRow } from './project-row';

interface ProjectListProps {
  /** Already filtered and sorted. */
  projects: readonly Project[];
  selectedId?: string;
  onSelect: (id: string) => void;
  sort?: SortKey;
  onSortChange: (sort: SortKey | undefined) => void;
}

const ROW_ESTIMATE = 96;
const NAV_KEYS = new Set(['ArrowDown', 'ArrowUp', 'Home', 'End']);

/**
 * The projects as an accessible list, the map's text alternative. Virtualised: only the rows in
 * view exist in the DOM, so ten thousand projects scroll as smoothly as a hundred.
 */
export function ProjectList({ projects, selectedId, onSelect, sort, onSortChange }: ProjectListProps) {
  const t = useMessages(projectsMessages);
  const { locale } = useLanguage();
  const ids = useId();
  const scrollRef = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- no React Compiler here; used as documented
  const virtualizer = useVirtualizer({
    count: projects.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_ESTIMATE,
    // A zero height is never a real row (it means no layout, e.g. a hidden tab): keep the estimate.
    measureElement: (element) => element.getBoundingClientRect().height || ROW_ESTIMATE,
    overscan: 6,
    getItemKey: (index) => projects[index]!.id,
  });

  // Selecting on the map brings the row into view, so the two stay in step.
  const selectedIndex = selectedId ? projects.findIndex((p) => p.id === selectedId) : -1;
  useEffect(() => {
    if (selectedIndex >= 0) virtualizer.scrollToIndex(selectedIndex, { align: 'auto' });
  }, [selectedIndex, virtualizer]);

  function moveFocus(event: KeyboardEvent<HTMLButtonElement>) {
    if (!NAV_KEYS.has(event.key)) return;
    const current = Number((event.target as HTMLElement).closest('[data-index]')?.getAttribute('data-index'));
    if (!Number.isInteger(current)) return;
    event.preventDefault();
    const last = projects.length - 1;
    const next =
      event.key === 'Home'
        ? 0
        : event.key === 'End'
          ? last
          : Math.min(last, Math.max(0, current + (event.key === 'ArrowDown' ? 1 : -1)));
    virtualizer.scrollToIndex(next, { align: 'auto' });
    const rowAt = () => scrollRef.current?.querySelector<HTMLElement>(`button[data-index="${next}"]`);
    // Focus at once when the row is rendered, so a quick Enter acts on it; otherwise the row only
    // exists after the virtualiser renders it.
    const row = rowAt();
    if (row) row.focus();
    else requestAnimationFrame(() => rowAt()?.focus());
  }

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
        <div ref={scrollRef} className="project-list__scroll" data-testid="project-list">
          <ul
            className="project-list__items"
            aria-labelledby={`${ids}-title`}
            aria-describedby={`${ids}-hint`}
            style={{ height: virtualizer.getTotalSize() }}
          >
            {virtualizer.getVirtualItems().map((item) => {
              const project = projects[item.index]!;
              return (
                <li
                  key={item.key}
                  ref={virtualizer.measureElement}
                  data-index={item.index}
                  aria-posinset={item.index + 1}
                  aria-setsize={projects.length}
                  className="project-list__item"
                  style={{ transform: `translateY(${item.start}px)` }}
                >
                  <ProjectRow
                    project={project}
                    index={item.index}
                    selected={project.id === selectedId}
                    locale={locale}
                    t={t}
                    onSelect={onSelect}
                    onKeyDown={moveFocus}
                  />
                </li>
              );
            })}
          </ul>
        </div>
      )}
    </section>
  );
}
