import type { DatasetMeta } from '../dataset/types';
import { FileShapeError, isRecord, isText, optionalText } from './json-checks';

/** The package's own facts; the reader adds where the package is (sourceUrl). */
export type PublishedMeta = Omit<DatasetMeta, 'sourceUrl'>;

/**
 * The package's facts as the publish step writes them into index.json, project and chart files.
 * A module of its own: an embed reads them without the index's decoder.
 */
export function readPublishedMeta(json: unknown, file: string): PublishedMeta {
  if (!isRecord(json) || !isText(json.asOf) || typeof json.isSample !== 'boolean')
    throw new FileShapeError(file, 'meta: asOf dan isSample wajib');
  return {
    publisher: optionalText(json, 'publisher'),
    publishedDate: optionalText(json, 'publishedDate'),
    asOf: json.asOf,
    // Absent: the publishedDate. A source this app does not know is a date it cannot vouch for.
    asOfSource:
      json.asOfSource == null
        ? undefined
        : json.asOfSource === 'latest-record'
          ? json.asOfSource
          : 'read-date',
    isSample: json.isSample,
    license: optionalText(json, 'license'),
    version: optionalText(json, 'version'),
    uri: optionalText(json, 'uri'),
  };
}
