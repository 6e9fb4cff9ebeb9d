import type { ComponentType } from 'react';
import type { DatasetMeta } from '../../../domain/dataset/types';
import type { Project, ProjectDetail } from '../../../domain/project/types';

interface ShownOn {
  meta: DatasetMeta;
  siteUrl?: string;
  headingLevel?: 2 | 3;
  /** The filters the projects were chosen by, in words: the card names them as it does in the app. */
  subtitle?: string;
}

/**
 * The dashboard's own chart cards that the deck shows, the same card, data and provenance as on
 * the statistics and project pages. The app hands them in: features do not import one another.
 */
export interface DeckCharts {
  /** The programme kurva S of these projects. */
  Programme: ComponentType<ShownOn & { projects: readonly Project[] }>;
  /** One project's kurva S. */
  Project: ComponentType<ShownOn & { project: ProjectDetail }>;
}
