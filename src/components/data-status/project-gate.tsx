import type { ReactNode } from 'react';
import { useShownProject, type ShownProject } from '../../api/project-query';
import type { AppConfig } from '../../lib/config';
import { ErrorState } from './error-state';
import { LoadingState } from './loading-state';
import { LazyAsOfNotice } from './lazy-as-of-notice';
import { LocalDataNotice } from './local-data-notice';
import { SampleNotice } from './sample-notice';
import { StaleDataWarning } from './stale-data-warning';

interface ProjectGateProps {
  id: string;
  children: (shown: ShownProject, config: AppConfig) => ReactNode;
  notFound: ReactNode;
}

/**
 * A project page's data: its own small file (or the worker's record), with the same loading,
 * error, retry and "DATA CONTOH" treatment as DatasetGate, without waiting for the whole index.
 */
export function ProjectGate({ id, children, notFound }: ProjectGateProps) {
  const { config, project, local } = useShownProject(id);
  if (config.error)
    return (
      <ErrorState error={config.error} onRetry={() => void config.refetch()} retrying={config.isFetching} />
    );
  if (project.data !== undefined && config.data) {
    if (project.data === null) return notFound;
    return (
      <>
        {project.error && <StaleDataWarning error={project.error} onRetry={() => void project.refetch()} />}
        {local && <LocalDataNotice info={local} />}
        {project.data.meta.isSample && <SampleNotice />}
        <LazyAsOfNotice meta={project.data.meta} />
        {children(project.data, config.data)}
      </>
    );
  }
  if (project.error)
    return (
      <ErrorState
        error={project.error}
        onRetry={() => void project.refetch()}
        retrying={project.isFetching}
      />
    );
  return <LoadingState />;
}
