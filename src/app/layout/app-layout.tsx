import { Suspense, useEffect, useMemo, useRef } from 'react';
import { NavLink, useLocation, useOutlet, type Location } from 'react-router';
import { useNavigationPending } from '../router/navigation-pending';
import { ScrollRestoration } from '../router/scroll-restoration';
import { PageCommitted } from '../../lib/after-first-commit';
import { RouteLoading } from './route-loading';
import { useLanguage } from '../../lib/i18n/language';
import { useMessages } from '../../lib/i18n/messages';
import { shellMessages } from './shell-messages';
import { FrameGuard } from '../../components/share/frame-guard';
import { filterParams, parseFilters } from '../../domain/route-state/filter-schema';
import { otherLocale } from '../../lib/i18n/locale';

/** Links keep the current filters, so a filtered map is one click from the same filtered statistics. */

function withFilters(path: string, search: string): string {
  // Read and written by the filters' own schema: a value no page understands is not carried on.
  const { filters } = parseFilters(new URLSearchParams(search));
  const query = filterParams(filters).toString();
  return query ? `${path}?${query}` : path;
}

/**
 * The page for the current location. The layout renders again when a navigation starts and when it
 * ends (its progress bar); drawing a page of charts again then would be 100 ms for nothing, right
 * when the reader tapped a link. The page renders again when the location changes; its own state,
 * queries and the language still update it from inside.
 */
function usePageForLocation(location: Location) {
  const outlet = useOutlet();
  // eslint-disable-next-line react-hooks/exhaustive-deps -- a new outlet for the same location is that redundant render
  return useMemo(() => outlet, [location]);
}

export function AppLayout() {
  const t = useMessages(shellMessages);
  const { locale, setLocale } = useLanguage();
  const location = useLocation();
  const navRef = useRef<HTMLElement>(null);
  // On a phone the navigation scrolls sideways: keep the current page's link in view.
  // Measured in the next frame, where the browser lays the new page out anyway: measuring in the
  // commit forces that layout inside the navigation's task, already its longest.
  useEffect(() => {
    const frame = requestAnimationFrame(() => {
      const nav = navRef.current;
      const current = nav?.querySelector<HTMLElement>('[aria-current="page"]');
      if (!nav || !current || nav.scrollWidth <= nav.clientWidth) return;
      nav.scrollLeft = current.offsetLeft - (nav.clientWidth - current.offsetWidth) / 2;
    });
    return function cancelMeasure() {
      cancelAnimationFrame(frame);
    };
  }, [location.pathname]);
  const page = usePageForLocation(location);
  // The next page's code is loading: the old page stays, so say so (a tap must never look ignored).
  const loadingNextPage = useNavigationPending();
  const links = [
    { to: '/', label: t.map, end: true },
    { to: '/statistik', label: t.statistics, end: false },
    { to: '/penyedia', label: t.contractors, end: false },
    { to: '/presentasi', label: t.presentation, end: false },
    { to: '/data', label: t.data, end: false },
  ];
  return (
    <FrameGuard>
      {/* A new page opens at its top and Back returns to where the reader was. Keyed by path: a
          filter or a selection on the same page never moves it. */}
      <ScrollRestoration />
      <div className="shell">
        <a className="skip-link" href="#main">
          {t.skip}
        </a>
        <header className="shell__header">
          <div className="brand">
            <NavLink to="/" className="brand__name">
              PantauBangun
            </NavLink>
            <span className="brand__tagline">{t.tagline}</span>
          </div>
          <nav aria-label={t.navLabel} className="shell__nav" ref={navRef}>
            <ul>
              {links.map((link) => (
                <li key={link.to}>
                  <NavLink to={withFilters(link.to, location.search)} end={link.end}>
                    {link.label}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
          <button
            type="button"
            className="button button--ghost"
            lang={otherLocale(locale)}
            aria-label={t.switchLabel}
            onClick={() => setLocale(otherLocale(locale))}
          >
            <span className="shell__lang-long">{t.switchTo}</span>
            <span className="shell__lang-short">{t.switchShort}</span>
          </button>
        </header>
        {loadingNextPage && <div className="shell__progress" aria-hidden="true" />}
        <main id="main" className="shell__main" tabIndex={-1} aria-busy={loadingNextPage || undefined}>
          {/* Only a page rendered before its code is there waits here (the router loads it first). */}
          <Suspense fallback={<RouteLoading />}>
            {page}
            <PageCommitted />
          </Suspense>
        </main>
        <footer className="shell__footer">
          <p>
            <NavLink to="/metodologi">{t.methodology}</NavLink>
          </p>
          <p>{t.footer}</p>
        </footer>
      </div>
    </FrameGuard>
  );
}
