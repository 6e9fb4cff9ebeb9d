import type { ComponentType } from 'react';
import type { BoundaryCollection } from '../domain/geo/boundaries';
import type { DatasetMeta } from '../domain/dataset/types';
import type { CaptionNames } from '../domain/filters/filter-caption';
import type { Filters } from '../domain/filters/filters';
import type { Kecamatan, Project, ProjectDetail } from '../domain/project/types';
import type { ChartData } from '../features/charts/chart-data';
import type { ChartId } from '../features/charts/chart-ids';
import type { EmbedMapProps } from '../features/embed/embed-map';
import type { DrawnProjectKurvaSChartProps } from '../features/project/kurva-s/drawn-project-kurva-s-chart';
import type { AppConfig } from '../lib/config';
import type { Locale } from '../lib/i18n/locale';
import type { EmbedChartView } from './chart-views';

/** What an embed shows once its data and code are there: everything it renders comes from here. */
export type EmbedContent =
  | {
      kind: 'chart';
      chart: ChartId;
      meta: DatasetMeta;
      data: ChartData;
      /** The filters the data was drawn from, and the names of their slugs, for the caption. */
      filters: Filters;
      names: CaptionNames;
      /** The filters named in words, loaded with the view (withView); none without a filter. */
      caption?: (locale: Locale) => string;
      /** The chart's view, once loaded (withView): the data can be read without it. */
      View?: EmbedChartView;
      /** Fingerprint of the published file it was read from (textVersion); none from the index. */
      version?: string;
    }
  | {
      kind: 'project';
      meta: DatasetMeta;
      project: ProjectDetail;
      Chart: ComponentType<DrawnProjectKurvaSChartProps>;
    }
  | {
      kind: 'map';
      meta: DatasetMeta;
      projects: readonly Project[];
      boundaries?: BoundaryCollection;
      kecamatan?: Kecamatan;
      project?: Project;
      caption?: (locale: Locale) => string;
      filters: Filters;
      names: CaptionNames;
      Map: ComponentType<EmbedMapProps>;
    }
  | { kind: 'not-found'; missingProject: boolean };

export interface LoadedEmbed {
  config: AppConfig;
  content: EmbedContent;
}
