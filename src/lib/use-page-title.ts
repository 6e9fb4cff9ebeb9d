import { useEffect } from 'react';

/** "Statistik · PantauBangun": every route names itself for tabs, history and screen readers. */
export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = title ? `${title} · PantauBangun` : 'PantauBangun';
  }, [title]);
}
