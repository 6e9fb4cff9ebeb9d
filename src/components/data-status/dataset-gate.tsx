import { useDeferredValue, type ReactNode } from 'react';
import { useDataset, type LoadedDataset } from '../../api/dataset-queries';
import { ProgrammeCurveProvider } from '../../api/programme-curve';
import { expectsSampleData } from '../../lib/shell-hints';
import { useScriptRunning } from '../../lib/use-script-running';
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
   * Pending and loaded page take the same place: when both are one component (given the dataset
   * once it is there), React keeps its fields, and a reader typing into them loses nothing.
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
  // The render that hydrates a drawn page (main.tsx) shows the frame the build drew without data,
  // as the build did; the data follows in the same background render as any other arrival.
  const hydrating = !useScriptRunning();
  const shown = useDeferredValue(dataset.data, hydrating ? null : undefined);
  if (config.error)
    return (
      <ErrorState error={config.error} onRetry={() => void config.refetch()} retrying={config.isFetching} />
    );
  const data = shown && config.data ? shown : undefined;
  if (!data && dataset.error)
    return (
      <ErrorState
        error={dataset.error}
        onRetry={() => void dataset.refetch()}
        retrying={dataset.isFetching}
      />
    );
  // One tree for both states, the page in the same place: a page whose frame and loaded view are
  // one component (the map's filters, say) keeps its fields when the data arrives, with what the
  // reader is typing and the focus.
  return (
    <>
      {data && dataset.error && (
        <StaleDataWarning error={dataset.error} onRetry={() => void dataset.refetch()} />
      )}
      {data?.local && <LocalDataNotice info={data.local} />}
      {(data ? data.meta.isSample : expectsSampleData()) && <SampleNotice compact={compact} />}
      {data && !compact && <LazyAsOfNotice meta={data.meta} />}
      {data && !compact && <RejectedNotice rejected={data.rejected} />}
      {data?.projects.length === 0 && (
        <p className="notice notice--info" role="status" data-testid="empty-package">
          {m.emptyPackage}
        </p>
      )}
      <ProgrammeCurveProvider dataset={data ?? null}>
        {data && config.data ? children(data, config.data) : (pending ?? <LoadingState />)}
      </ProgrammeCurveProvider>
    </>
  );
}
