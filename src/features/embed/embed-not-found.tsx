import { useMessages } from '../../lib/i18n/messages';
import { embedMessages } from './embed-messages';

interface EmbedNotFoundProps {
  /** The id from the address, shown as text (React escapes it). */
  chart: string;
  /** The chart exists but its project does not. */
  missingProject?: boolean;
  /** Absolute link to the statistics page. */
  homeUrl: string;
  available: readonly { id: string; title: string }[];
}

/** A mistyped or outdated embed address: a small explanation, never a crash or a blank frame. */
export function EmbedNotFound({ chart, missingProject = false, homeUrl, available }: EmbedNotFoundProps) {
  const t = useMessages(embedMessages);
  return (
    <section className="embed-not-found" data-testid="embed-not-found">
      <h1 className="embed-not-found__title">{t.notFoundTitle}</h1>
      <p>{missingProject ? t.notFoundProject : t.notFoundBody(chart)}</p>
      {!missingProject && available.length > 0 && (
        <>
          <p>{t.available}</p>
          <ul className="embed-not-found__list">
            {available.map((item) => (
              <li key={item.id}>
                <code>{item.id}</code> — {item.title}
              </li>
            ))}
          </ul>
        </>
      )}
      <p>
        <a href={homeUrl} target="_blank" rel="noopener">
          {t.notFoundLink}
        </a>
      </p>
    </section>
  );
}
