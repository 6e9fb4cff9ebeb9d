import { Link } from 'react-router';
import { useMessages } from '../../lib/i18n/messages';
import { usePageTitle } from '../../lib/use-page-title';
import { routeMessages } from './route-messages';

export function NotFoundRoute() {
  const r = useMessages(routeMessages);
  usePageTitle(r.notFoundTitle);
  return (
    <section className="not-found">
      <h1>{r.notFoundTitle}</h1>
      <p>{r.notFoundText}</p>
      <p>
        <Link to="/">{r.notFoundBack}</Link>
      </p>
    </section>
  );
}
