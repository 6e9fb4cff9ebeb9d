import { Link } from 'react-router';
import { useMessages } from '../../lib/i18n/messages';
import { projectMessages } from './messages';

/** An id that is not in the data: say so, show the id as given, and offer the way back. */
export function ProjectNotFound({ id }: { id: string }) {
  const t = useMessages(projectMessages);
  return (
    <section className="not-found" data-testid="project-not-found">
      <h1>{t.notFoundTitle}</h1>
      <p>{t.notFoundBody(id)}</p>
      <p>
        <Link to="/">{t.backToMap}</Link>
      </p>
    </section>
  );
}
