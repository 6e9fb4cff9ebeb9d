import { useLanguage } from '../../lib/i18n/language';
import { describeError } from './describe-error';

/** A refresh failed but earlier data is still good: keep showing it, say so, offer a retry. */
export function StaleDataWarning({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { locale } = useLanguage();
  const { title } = describeError(error, locale);
  return (
    <div className="notice notice--warning" role="status">
      <p>
        <strong>{title}.</strong>{' '}
        {locale === 'id'
          ? 'Yang tampil adalah data terakhir yang berhasil dimuat.'
          : 'Showing the last data that loaded successfully.'}{' '}
        <button type="button" className="button button--small" onClick={onRetry}>
          {locale === 'id' ? 'Coba lagi' : 'Try again'}
        </button>
      </p>
    </div>
  );
}
