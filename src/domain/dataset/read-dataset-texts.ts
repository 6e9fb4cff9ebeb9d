import { indexBoundaries, readBoundaryCollection, type BoundaryCollection } from '../geo/boundaries';
import { parseJsonText } from './data-error';
import { readPackage } from './read-package';
import { markStage } from '../../lib/stage-marks';
import type { Dataset } from './types';
import type { ProjectDetail } from '../project/types';

/** What the dataset loader hands over: raw response texts, so parsing can happen off the main thread. */
export interface DatasetTexts {
  packageText: string;
  /** Kecamatan boundaries (GeoJSON text); absent when they could not be fetched. */
  boundariesText?: string;
  sourceUrl: string;
  fallbackAsOf: string;
}

export interface DatasetRead {
  dataset: Dataset<ProjectDetail>;
  boundaries?: BoundaryCollection;
}

/** Boundaries that are not a boundary collection (a host's HTML "not found" page) are no boundaries. */
export function readBoundaries(text: string | undefined): BoundaryCollection | undefined {
  if (text === undefined) return undefined;
  try {
    return readBoundaryCollection(JSON.parse(text));
  } catch {
    // Without boundaries the map loses its outlines and regions come from codes or names only:
    // worse, but the projects must still show.
    return undefined;
  }
}

/**
 * Everything between the network and the view model: JSON parsing, schema checks, mapping and
 * region lookup. Pure, so the same code runs in a Web Worker or, where there is none, in place.
 */
export function readDatasetTexts({
  packageText,
  boundariesText,
  sourceUrl,
  fallbackAsOf,
}: DatasetTexts): DatasetRead {
  const boundaries = readBoundaries(boundariesText);
  const json = parseJsonText(packageText);
  markStage('parsed');
  const dataset = readPackage(json, {
    boundaries: boundaries && indexBoundaries(boundaries),
    sourceUrl,
    fallbackAsOf,
  });
  return { dataset, boundaries };
}
