import type { Project } from '../project/types';

export interface RejectedProject {
  /** Position in the package's `projects` array. */
  index: number;
  id?: string;
  title?: string;
  /** Schema messages, "path: problem". */
  reasons: string[];
}

/**
 * Where a package without publishedDate gets its as-of date: its newest dated record, or (with no
 * date at all) the day it was read, which is not the data's date and must be said so.
 */
export type AsOfSource = 'latest-record' | 'read-date';

export interface DatasetMeta {
  publisher?: string;
  publishedDate?: string;
  /** The date figures are valid for (yyyy-mm-dd): see `chooseAsOf`. */
  asOf: string;
  /** Absent: asOf is the package's publishedDate. */
  asOfSource?: AsOfSource;
  /** The package says it is sample data: the UI must label every view "DATA CONTOH". */
  isSample: boolean;
  license?: string;
  version?: string;
  uri?: string;
  sourceUrl: string;
}

/** A read package: index rows on the page, full details where the package itself was read. */
export interface Dataset<P extends Project = Project> {
  projects: P[];
  rejected: RejectedProject[];
  meta: DatasetMeta;
}
