import type { ReactNode } from 'react';
import type { DatasetMeta } from '../../domain/dataset/types';

/**
 * What every chart view takes: its data (chart-data.ts, already computed: in the app from the
 * filtered projects, in an embed from the published embed/<chart>.json) and its provenance.
 */
export interface ChartViewProps<Data> {
  data: Data;
  meta: DatasetMeta;
  /** Public site address, drawn into downloaded images. */
  siteUrl?: string;
  /** The filters the data was drawn from, in words ("Jalan · Kec. Tambun Selatan"). */
  subtitle?: string;
  /** More actions for the card, e.g. "Sematkan" (embed). */
  actions?: ReactNode;
  headingLevel?: 2 | 3;
}
