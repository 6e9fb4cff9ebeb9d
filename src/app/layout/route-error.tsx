import { Link } from 'react-router';
import { useMessages } from '../../lib/i18n/messages';
import { shellMessages } from './shell-messages';

/** A page that throws while rendering shows this, not a white screen. */
export function RouteError({ error }: { error: unknown }) {
  const t = useMessages(shellMessages);
  return (
    <main id="main" className="shell__main">
      <section className="notice notice--error" role="alert">
        <h1 className="notice__title">{t.errorTitle}</h1>
        <p>{t.errorBody}</p>
        <p className="notice__detail">{error instanceof Error ? error.message : String(error)}</p>
        <p>
          <button type="button" className="button" onClick={() => window.location.reload()}>
            {t.reload}
          </button>{' '}
          <Link to="/">{t.home}</Link>
        </p>
      </section>
    </main>
  );
}
