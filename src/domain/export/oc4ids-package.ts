import type { DatasetMeta } from '../dataset/types';
import { toOc4idsProject, type ProjectRecord } from './oc4ids-project';

export interface PackageOptions {
  /** The package's URI; it must be a URI (OC4IDS). */
  uri: string;
  publisher: string;
  /** ISO date (yyyy-mm-dd) the figures are valid for; written as the package's publishedDate. */
  asOf: string;
  license?: string;
  isSample: boolean;
  /** The filter a download was made with, recorded so the file says what it holds. */
  filter?: Record<string, string>;
}

const isUri = (value: string | undefined): value is string =>
  value !== undefined && /^[a-z][a-z0-9+.-]*:\S+$/i.test(value);

/**
 * An OC4IDS 0.9 project package. Sample data stays labelled (`x_sample`), so a downloaded copy is
 * still shown as "DATA CONTOH" when it is loaded again.
 */
export function buildPackage(projects: readonly ProjectRecord[], options: PackageOptions) {
  return {
    version: '0.9',
    uri: options.uri,
    publishedDate: `${options.asOf}T00:00:00Z`,
    publisher: { name: options.publisher || 'Tidak disebutkan' },
    ...(isUri(options.license) ? { license: options.license } : {}),
    ...(options.isSample ? { x_sample: true } : {}),
    ...(options.filter && Object.keys(options.filter).length > 0 ? { x_filter: options.filter } : {}),
    projects: projects.map(toOc4idsProject),
  };
}

/** The package options of a download from the dashboard's dataset. */
export function packageOptionsFrom(meta: DatasetMeta, filter?: Record<string, string>): PackageOptions {
  return {
    uri: isUri(meta.uri) ? meta.uri : isUri(meta.sourceUrl) ? meta.sourceUrl : 'urn:pantaubangun:unduhan',
    publisher: meta.publisher ?? 'Tidak disebutkan',
    asOf: meta.asOf,
    license: meta.license,
    isSample: meta.isSample,
    filter,
  };
}
