import { useMessages } from '../../lib/i18n/messages';
import { filterMessages } from './filter-messages';

/** A small, calm notice: a mistyped shared link still opens, and the reader knows what was dropped. */
export function IgnoredParamsNotice({ ignored }: { ignored: readonly string[] }) {
  const t = useMessages(filterMessages);
  if (ignored.length === 0) return null;
  return (
    <p className="notice notice--info filter-notice" role="status" data-testid="ignored-params">
      {t.ignored(ignored.join(', '))}
    </p>
  );
}
