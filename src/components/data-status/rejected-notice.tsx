import type { RejectedProject } from '../../domain/dataset/types';
import { useLanguage } from '../../lib/i18n/language';

/** Projects that failed the schema are named, with why, instead of vanishing silently. */
export function RejectedNotice({ rejected }: { rejected: readonly RejectedProject[] }) {
  const { locale } = useLanguage();
  if (rejected.length === 0) return null;
  const id = locale === 'id';
  return (
    <details className="notice notice--warning" data-testid="rejected-notice">
      <summary>
        {id
          ? `Catatan mutu data: ${rejected.length} proyek tidak dapat ditampilkan karena datanya tidak sah.`
          : `Data quality note: ${rejected.length} projects could not be shown because their data is invalid.`}
      </summary>
      <ul>
        {rejected.slice(0, 50).map((item) => (
          <li key={item.index}>
            <strong>
              {item.title ?? item.id ?? (id ? `Proyek ke-${item.index + 1}` : `Project #${item.index + 1}`)}
            </strong>
            {item.id && item.title ? ` (${item.id})` : ''}: {item.reasons.join('; ')}
          </li>
        ))}
      </ul>
      {rejected.length > 50 && (
        <p>{id ? `…dan ${rejected.length - 50} lainnya.` : `…and ${rejected.length - 50} more.`}</p>
      )}
    </details>
  );
}
