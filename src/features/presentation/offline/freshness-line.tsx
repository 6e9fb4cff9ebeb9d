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

/**
 * What the deck admits about its copy of the data, beside the data's own date ("Data per …"):
 * "siap tanpa internet" once every file it reads is kept, and offline "LURING: salinan tersimpan,
 * diambil 30 Nov 2026 15.46", named for what that time is. Online it shows no time at all: when
 * this page fetched the data is no date of the data's.
 */
export function FreshnessLine({
  freshness,
  offlineReady,
}: {
  freshness: DataFreshness;
  offlineReady?: boolean;
}) {
  const { locale } = useLanguage();
  const id = locale === 'id';
  const ready = offlineReady && !freshness.offline;
  if (!freshness.offline && !ready) return null;
  return (
    <span
      className="freshness-line"
      data-testid="data-freshness"
      data-offline={freshness.offline || undefined}
      data-offline-ready={ready || undefined}
    >
      {ready && (id ? 'siap tanpa internet' : 'ready offline')}
      {freshness.offline && (
        <strong className="freshness-line__offline">
          {id ? 'LURING: salinan tersimpan' : 'OFFLINE: saved copy'}
          {freshness.refreshedAt && (
            <>
              {id ? ', diambil ' : ', fetched '}
              <time dateTime={freshness.refreshedAt.toISOString()}>
                {formatStamp(freshness.refreshedAt, locale)}
              </time>
            </>
          )}
        </strong>
      )}
    </span>
  );
}
