import type { ReactNode } from 'react';
import type { DatasetMeta } from '../../domain/dataset/types';
import type { Project } from '../../domain/project/types';

/** What every programme chart takes in the app: the (filtered) projects and where they came from. */
export interface ChartProps {
  projects: readonly Project[];
  meta: DatasetMeta;
  /** Public site address, drawn into downloaded images. */
  siteUrl?: string;
  /** The filters the projects were chosen by, in words (see filterCaption). */
  subtitle?: string;
  /** More actions for the card, e.g. "Sematkan" (embed). */
  actions?: ReactNode;
  headingLevel?: 2 | 3;
}
