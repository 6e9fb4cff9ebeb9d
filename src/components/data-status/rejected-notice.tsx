import type { RejectedProject } from '../../domain/dataset/types';
import { useMessages } from '../../lib/i18n/messages';
import { dataStatusMessages } from './messages';

/** Projects that failed the schema are named, with why, instead of vanishing silently. */
export function RejectedNotice({ rejected }: { rejected: readonly RejectedProject[] }) {
  const m = useMessages(dataStatusMessages);
  if (rejected.length === 0) return null;
  return (
    <details className="notice notice--warning" data-testid="rejected-notice">
      <summary>{m.rejectedSummary(rejected.length)}</summary>
      <ul>
        {rejected.slice(0, 50).map((item) => (
          <li key={item.index}>
            <strong>{item.title ?? item.id ?? m.rejectedUnnamed(item.index + 1)}</strong>
            {item.id && item.title ? ` (${item.id})` : ''}: {item.reasons.join('; ')}
          </li>
        ))}
      </ul>
      {rejected.length > 50 && <p>{m.rejectedMore(rejected.length - 50)}</p>}
    </details>
  );
}
