import { useDeferredValue, type ReactNode } from 'react';
import { useDataset, type LoadedDataset } from '../../api/dataset-queries';
import { ProgrammeCurveProvider } from '../../api/programme-curve';
import { expectsSampleData } from '../../lib/shell-hints';
import type { AppConfig } from '../../lib/config';
import { useMessages } from '../../lib/i18n/messages';
import { ErrorState } from './error-state';
import { LoadingState } from './loading-state';
import { LazyAsOfNotice } from './lazy-as-of-notice';
import { RejectedNotice } from './rejected-notice';
import { LocalDataNotice } from './local-data-notice';
import { dataStatusMessages } from './messages';
import { SampleNotice } from './sample-notice';
import { StaleDataWarning } from './stale-data-warning';

interface DatasetGateProps {
  children: (dataset: LoadedDataset, config: AppConfig) => ReactNode;
  /** Embeds: one line of sample notice, no data-quality details. */
  compact?: boolean;
  /**
   * The page's frame while the data loads: the same boxes the data will fill, so nothing moves
   * when it arrives (and the build writes it into the page's HTML). Default: a loading line.
   */
  pending?: ReactNode;
}

/**
 * Every page's data goes through here: loading, a clear error with retry, the last good data when a
 * refresh fails, the "DATA CONTOH" label, where an undated package's date comes from, and the
 * names of projects the schema rejected.
 */
export function DatasetGate({ children, compact = false, pending }: DatasetGateProps) {
  const m = useMessages(dataStatusMessages);
  const { config, dataset } = useDataset();
  // The page a dataset fills is the heaviest render of a visit (list, figures, map layers). As a
  // deferred value it renders in a transition, which React splits into short slices: the phone
  // keeps answering taps while it happens, and the loading state stays until it is done.
  const shown = useDeferredValue(dataset.data);
  if (config.error)
    return (
      <ErrorState error={config.error} onRetry={() => void config.refetch()} retrying={config.isFetching} />
    );
  if (shown && config.data) {
    const data = shown;
    return (
      <>
        {dataset.error && <StaleDataWarning error={dataset.error} onRetry={() => void dataset.refetch()} />}
        {data.local && <LocalDataNotice info={data.local} />}
        {data.meta.isSample && <SampleNotice compact={compact} />}
        {!compact && <LazyAsOfNotice meta={data.meta} />}
        {!compact && <RejectedNotice rejected={data.rejected} />}
        {data.projects.length === 0 && (
          <p className="notice notice--info" role="status" data-testid="empty-package">
            {m.emptyPackage}
          </p>
        )}
        <ProgrammeCurveProvider dataset={data}>{children(data, config.data)}</ProgrammeCurveProvider>
      </>
    );
  }
  if (dataset.error)
    return (
      <ErrorState
        error={dataset.error}
        onRetry={() => void dataset.refetch()}
        retrying={dataset.isFetching}
      />
    );
  return (
    <>
      {expectsSampleData() && <SampleNotice compact={compact} />}
      {pending ?? <LoadingState />}
    </>
  );
}
