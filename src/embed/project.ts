import { isUnusableIndex } from '../api/published';
import { readPublishedProject } from '../api/published-project';
import type { DatasetMeta } from '../domain/dataset/types';
import type { ProjectDetail } from '../domain/project/types';
import { resolveAppUrl, type AppConfig } from '../lib/config';
import { indexUrlOf } from './config-urls';
import type { EmbedContent } from './content';

async function readProject(
  id: string,
  config: AppConfig,
  signal?: AbortSignal,
): Promise<{ meta: DatasetMeta; project: ProjectDetail } | undefined> {
  const indexUrl = indexUrlOf(config);
  const dataUrl = resolveAppUrl(config.dataUrl);
  if (indexUrl) {
    try {
      return await readPublishedProject(indexUrl, dataUrl, id, signal);
    } catch (error) {
      if (!isUnusableIndex(error)) throw error;
    }
  }
  // No published folder: the worker reads the package, as the project page does (its code loads
  // only then: a published project needs none of it).
  const { readPackageProject } = await import('./dataset');
  return readPackageProject(id, config, signal);
}

/** A project's kurva S: its own published file (a few kB), else its record from the package. */
export async function projectContent(
  id: string,
  config: AppConfig,
  signal?: AbortSignal,
): Promise<EmbedContent> {
  const [shown, { DrawnProjectKurvaSChart }] = await Promise.all([
    readProject(id, config, signal),
    import('../features/project/kurva-s/drawn-project-kurva-s-chart'),
  ]);
  if (!shown) return { kind: 'not-found', missingProject: true };
  return { kind: 'project', meta: shown.meta, project: shown.project, Chart: DrawnProjectKurvaSChart };
}
