import { useRef, type KeyboardEvent } from 'react';
import type { VirtualItem } from '@tanstack/react-virtual';
import type { Project } from '../../domain/project/types';
import type { Locale } from '../../domain/format/number';
import type { projectsMessages } from './projects-messages';
import { ProjectRow } from './project-row';

/** What the rows need from a virtualiser, whether it scrolls a box or the page. */
export interface RowWindow {
  getTotalSize(): number;
  getVirtualItems(): VirtualItem[];
  measureElement(element: Element | null): void;
  scrollToIndex(index: number, options?: { align?: 'auto' }): void;
}

export interface RowsProps {
  projects: readonly Project[];
  selectedId?: string;
  onSelect: (id: string) => void;
  locale: Locale;
  t: (typeof projectsMessages)['id'];
  labelledBy: string;
  describedBy: string;
}

interface VirtualRowsProps extends RowsProps {
  rows: RowWindow;
  /** Where the list starts in the virtualiser's coordinates (the page's, when the page scrolls). */
  offset?: number;
}

const NAV_KEYS = new Set(['ArrowDown', 'ArrowUp', 'Home', 'End']);

/**
 * The rows in view, placed where they would be in the whole list, with arrow keys, Home and End
 * moving between rows that may not exist in the DOM yet.
 */
export function VirtualRows(props: VirtualRowsProps) {
  const { projects, selectedId, onSelect, locale, t, rows, offset = 0 } = props;
  const itemsRef = useRef<HTMLUListElement>(null);

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
    rows.scrollToIndex(next, { align: 'auto' });
    const rowAt = () => itemsRef.current?.querySelector<HTMLElement>(`button[data-index="${next}"]`);
    // Focus at once when the row is rendered, so a quick Enter acts on it; otherwise the row only
    // exists after the virtualiser renders it.
    const row = rowAt();
    if (row) row.focus();
    else requestAnimationFrame(() => rowAt()?.focus());
  }

  return (
    <ul
      ref={itemsRef}
      className="project-list__items"
      aria-labelledby={props.labelledBy}
      aria-describedby={props.describedBy}
      style={{ height: rows.getTotalSize() }}
    >
      {rows.getVirtualItems().map((item) => {
        const project = projects[item.index]!;
        return (
          <li
            key={item.key}
            ref={rows.measureElement}
            data-index={item.index}
            aria-posinset={item.index + 1}
            aria-setsize={projects.length}
            className="project-list__item"
            style={{ transform: `translateY(${item.start - offset}px)` }}
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
  );
}
