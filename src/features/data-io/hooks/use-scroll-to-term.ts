import { useEffect } from 'react';
import { useLocation } from 'react-router';

/**
 * A link to a term (/data#istilah-hps, from the project page) opens the glossary at that term. An
 * effect of the page, so it runs after the app's ScrollRestoration has put a new page at its top.
 */
export function useScrollToTerm(): void {
  const { hash } = useLocation();
  useEffect(() => {
    if (!hash.startsWith('#istilah-')) return;
    const term = document.getElementById(hash.slice(1));
    if (!term) return;
    term.scrollIntoView({ block: 'start' });
    term.focus({ preventScroll: true });
  }, [hash]);
}
