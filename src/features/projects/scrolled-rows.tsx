import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useVirtualizer, useWindowVirtualizer } from '@tanstack/react-virtual';
import { VirtualRows, type RowsProps } from './virtual-rows';

const ROW_ESTIMATE = 96;

/** Shared by both scroll modes: rows keyed by project, measured once laid out. */
function rowOptions(projects: RowsProps['projects']) {
  return {
    count: projects.length,
    estimateSize: () => ROW_ESTIMATE,
    // A zero height is never a real row (it means no layout, e.g. a hidden tab): keep the estimate.
    measureElement: (element: Element) => element.getBoundingClientRect().height || ROW_ESTIMATE,
    overscan: 6,
    getItemKey: (index: number) => projects[index]!.id,
  };
}

/**
 * Beside the map (wide screens) the list scrolls in its own box, as tall as the map, and a
 * project chosen on the map is scrolled into view in it.
 */
export function BoxScrolledRows(props: RowsProps) {
  const { projects, selectedId } = props;
  const scrollRef = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- no React Compiler here; used as documented
  const virtualizer = useVirtualizer({ ...rowOptions(projects), getScrollElement: () => scrollRef.current });

  const selectedIndex = selectedId ? projects.findIndex((p) => p.id === selectedId) : -1;
  useEffect(() => {
    if (selectedIndex >= 0) virtualizer.scrollToIndex(selectedIndex, { align: 'auto' });
  }, [selectedIndex, virtualizer]);

  return (
    <div ref={scrollRef} className="project-list__scroll" data-testid="project-list">
      <VirtualRows {...props} rows={virtualizer} />
    </div>
  );
}

/**
 * On a phone the page itself scrolls through the list: a box inside a 740 px screen showed three
 * and a half rows and trapped the thumb. The virtualiser follows the window, offset by where the
 * list starts on the page, which moves whenever anything above it changes height.
 */
export function PageScrolledRows(props: RowsProps) {
  const boxRef = useRef<HTMLDivElement>(null);
  // Where row 0 starts on the page, and whether the list is on screen at all: behind the map tab
  // it has no layout, and a window virtualiser would still render a screenful of hidden rows.
  const [place, setPlace] = useState({ top: 0, shown: false });

  useLayoutEffect(() => {
    // The rows' own list: its top is where row 0 starts on the page.
    const list = boxRef.current?.firstElementChild;
    if (!list) return;
    const measure = () => {
      const box = list.getBoundingClientRect();
      const next = { top: Math.round(box.top + window.scrollY), shown: box.width > 0 };
      setPlace((previous) => (previous.top === next.top && previous.shown === next.shown ? previous : next));
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    // The body resizes when anything above the list does; the list when its tab is shown.
    const observer = new ResizeObserver(measure);
    observer.observe(document.body);
    observer.observe(list);
    return () => observer.disconnect();
  }, []);

  const virtualizer = useWindowVirtualizer({
    ...rowOptions(props.projects),
    scrollMargin: place.top,
    enabled: place.shown,
  });
  return (
    <div ref={boxRef} className="project-list__scroll project-list__scroll--page" data-testid="project-list">
      <VirtualRows {...props} rows={virtualizer} offset={place.top} />
    </div>
  );
}
