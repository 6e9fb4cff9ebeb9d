import type { QueryClient } from '@tanstack/react-query';
import type { AppConfig } from '../lib/config';
import { configQuery, currentLocalPackageInfo, indexUrlOf, shownDatasetQuery } from './dataset-queries';
import { warmUpDatasetWorker } from './dataset-worker';

/**
 * Starts config.json and the page's data at start-up, while the page's code is still downloading,
 * instead of after the first render: on a slow phone that is several round trips sooner. A project
 * page needs only its own file (its query's code comes with the page's, so importing it here costs
 * no extra trip); the import form needs nothing. Errors are left for the page's own query to show
 * (with its retry).
 */
export async function prefetchForPage(client: QueryClient, pathname: string): Promise<void> {
  if (/^\/data\/impor\/?$/.test(pathname)) return;
  let config: AppConfig;
  try {
    config = await client.fetchQuery(configQuery);
  } catch {
    return;
  }
  const local = currentLocalPackageInfo();
  // A published folder needs no worker; a raw package does: start its script now.
  if (local || !indexUrlOf(config)) warmUpDatasetWorker();
  const project = /^\/proyek\/([^/]+)\/?$/.exec(pathname);
  if (project) {
    let id: string;
    try {
      id = decodeURIComponent(project[1]!);
    } catch {
      return;
    }
    const { projectQuery } = await import('./project-query');
    await client.prefetchQuery(projectQuery(config, local, id, client));
    return;
  }
  await client.prefetchQuery(shownDatasetQuery(config, local));
}
