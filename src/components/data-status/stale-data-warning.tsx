import { useLanguage } from '../../lib/i18n/language';
import { describeError } from './describe-error';
import { errorMessages } from './error-messages';
import { dataStatusMessages } from './messages';

/** A refresh failed but earlier data is still good: keep showing it, say so, offer a retry. */
export function StaleDataWarning({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { locale } = useLanguage();
  const { title } = describeError(error, locale);
  const { retry } = errorMessages[locale];
  return (
    <div className="notice notice--warning" role="status">
      <p>
        <strong>{title}.</strong> {dataStatusMessages[locale].staleShown}{' '}
        <button type="button" className="button button--small" onClick={onRetry}>
          {retry}
        </button>
      </p>
    </div>
  );
}
