import { NavLink, Outlet, useLocation } from 'react-router';
import { useLanguage } from '../../lib/i18n/language';
import { useMessages } from '../../lib/i18n/messages';
import { shellMessages } from './shell-messages';
import { FrameGuard } from '../../components/share/frame-guard';

/** Links keep the current filters, so a filtered map is one click from the same filtered statistics. */
const FILTER_KEYS = ['kecamatan', 'kategori', 'status', 'sumber', 'q'];

function withFilters(path: string, search: string): string {
  const current = new URLSearchParams(search);
  const kept = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = current.get(key);
    if (value) kept.set(key, value);
  }
  const query = kept.toString();
  return query ? `${path}?${query}` : path;
}

export function AppLayout() {
  const t = useMessages(shellMessages);
  const { locale, setLocale } = useLanguage();
  const { search } = useLocation();
  const links = [
    { to: '/', label: t.map, end: true },
    { to: '/statistik', label: t.statistics, end: false },
    { to: '/presentasi', label: t.presentation, end: false },
    { to: '/data', label: t.data, end: false },
  ];
  return (
    <FrameGuard>
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
          <nav aria-label={t.navLabel} className="shell__nav">
            <ul>
              {links.map((link) => (
                <li key={link.to}>
                  <NavLink to={withFilters(link.to, search)} end={link.end}>
                    {link.label}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
          <button
            type="button"
            className="button button--ghost"
            lang={locale === 'id' ? 'en' : 'id'}
            aria-label={t.switchLabel}
            onClick={() => setLocale(locale === 'id' ? 'en' : 'id')}
          >
            {t.switchTo}
          </button>
        </header>
        <main id="main" className="shell__main" tabIndex={-1}>
          <Outlet />
        </main>
        <footer className="shell__footer">
          <p>{t.footer}</p>
        </footer>
      </div>
    </FrameGuard>
  );
}
