import { useMessages } from '../../lib/i18n/messages';
import { dataStatusMessages } from './messages';

export function LoadingState({ label }: { label?: string }) {
  const m = useMessages(dataStatusMessages);
  return (
    <p className="loading" role="status" aria-live="polite">
      {label ?? m.loading}
    </p>
  );
}
