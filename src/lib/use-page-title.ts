import { createContext, useContext, useEffect } from 'react';

/**
 * Set only by the build's prerender (src/prerender): the page's title is written into its static
 * HTML, where no effect runs.
 */
export const PageTitleSink = createContext<((title: string) => void) | null>(null);

const fullTitle = (title: string) => (title ? `${title} · PantauBangun` : 'PantauBangun');

/** "Statistik · PantauBangun": every route names itself for tabs, history and screen readers. */
export function usePageTitle(title: string): void {
  const sink = useContext(PageTitleSink);
  sink?.(fullTitle(title));
  useEffect(() => {
    document.title = fullTitle(title);
  }, [title]);
}
