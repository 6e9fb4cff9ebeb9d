import { useLanguage } from '../../lib/i18n/language';
import { describeError } from './describe-error';
import { errorMessages } from './error-messages';

interface ErrorStateProps {
  error: unknown;
  onRetry?: () => void;
  retrying?: boolean;
}

/** A failed load: what happened, what to do, and a retry button. Never a blank page. */
export function ErrorState({ error, onRetry, retrying }: ErrorStateProps) {
  const { locale } = useLanguage();
  const { title, detail } = describeError(error, locale);
  const m = errorMessages[locale];
  return (
    <section className="notice notice--error" role="alert" aria-live="assertive">
      <h2 className="notice__title">{title}</h2>
      <p>{detail}</p>
      {onRetry && (
        <button type="button" className="button" onClick={onRetry} disabled={retrying}>
          {retrying ? m.retrying : m.retry}
        </button>
      )}
    </section>
  );
}
