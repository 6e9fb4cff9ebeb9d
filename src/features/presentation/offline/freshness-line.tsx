import { useLanguage } from '../../../lib/i18n/language';
import type { DataFreshness } from './use-data-freshness';

function formatStamp(date: Date, locale: 'id' | 'en'): string {
  return new Intl.DateTimeFormat(locale === 'id' ? 'id-ID' : 'en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(date);
}

/** "Data diperbarui 29 Des 2023 14.02 · luring": what the deck admits about its data's age. */
export function FreshnessLine({
  freshness,
  offlineReady,
}: {
  freshness: DataFreshness;
  offlineReady?: boolean;
}) {
  const { locale } = useLanguage();
  const id = locale === 'id';
  if (!freshness.refreshedAt) return null;
  return (
    <span
      className="freshness-line"
      data-testid="data-freshness"
      data-offline={freshness.offline || undefined}
      data-offline-ready={(offlineReady && !freshness.offline) || undefined}
    >
      {id ? 'Data diperbarui' : 'Data refreshed'}{' '}
      <time dateTime={freshness.refreshedAt.toISOString()}>{formatStamp(freshness.refreshedAt, locale)}</time>
      {offlineReady && !freshness.offline && <> · {id ? 'siap tanpa internet' : 'ready offline'}</>}
      {freshness.offline && (
        <strong className="freshness-line__offline">
          {' '}
          · {id ? 'LURING: memakai salinan tersimpan' : 'OFFLINE: using the saved copy'}
        </strong>
      )}
    </span>
  );
}
