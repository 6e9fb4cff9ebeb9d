import { useLanguage } from '../../../lib/i18n/language';
import { INTL_LOCALE, type Locale } from '../../../lib/i18n/locale';
import { offlineMessages } from './messages';
import type { DataFreshness } from './use-data-freshness';

function formatStamp(date: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], {
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
  const m = offlineMessages[locale];
  const ready = offlineReady && !freshness.offline;
  if (!freshness.offline && !ready) return null;
  return (
    <span
      className="freshness-line"
      data-testid="data-freshness"
      data-offline={freshness.offline || undefined}
      data-offline-ready={ready || undefined}
    >
      {ready && m.readyOffline}
      {freshness.offline && (
        <strong className="freshness-line__offline">
          {m.savedCopy}
          {freshness.refreshedAt && (
            <>
              {m.fetchedAt}
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
