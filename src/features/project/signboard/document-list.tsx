import type { ProjectDocument } from '../../../domain/project/types';
import { formatDate } from '../../../domain/format/date';
import { useLanguage } from '../../../lib/i18n/language';
import { useMessages } from '../../../lib/i18n/messages';
import { projectMessages } from '../messages';
import { documentTypeLabel } from '../utils/document-types';

/** Documents with their types; only http(s) links survive the mapping, anything else is plain text. */
export function DocumentList({ documents }: { documents: readonly ProjectDocument[] }) {
  const t = useMessages(projectMessages);
  const { locale } = useLanguage();
  return (
    <section className="project-section project-documents" aria-labelledby="project-documents">
      <h2 id="project-documents">{t.documents}</h2>
      {documents.length === 0 ? (
        <p>{t.noDocuments}</p>
      ) : (
        <ul className="project-documents__list" data-testid="documents">
          {documents.map((doc, index) => (
            <li key={`${doc.id}-${index}`}>
              <span className="project-documents__type">{documentTypeLabel(doc.type, locale)}</span>{' '}
              {doc.url ? (
                <a href={doc.url} rel="noopener noreferrer nofollow" target="_blank">
                  {doc.title}
                </a>
              ) : (
                <span>{doc.title}</span>
              )}
              {doc.unsafeUrl && (
                <span className="project-documents__unsafe" data-testid="unsafe-link">
                  {' '}
                  ({t.unsafeLink})
                </span>
              )}
              {doc.datePublished && (
                <span className="project-documents__date">
                  {' '}
                  · {t.published} {formatDate(doc.datePublished, locale)}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
