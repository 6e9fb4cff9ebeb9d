import type { Oc4idsProject } from '../oc4ids/schema';
import { isoDay, observationDay } from '../project/progress-series';
import type { AsOfSource } from './types';

/**
 * The newest day a package records as having happened: a project's last update, a metric's
 * observation (physical or financial progress), a completion. Days after `notAfter` (the day the
 * package is read) are left out: a report cannot come from the future, so such a day is a typo or
 * a forecast filed as a metric, and must not date the whole package.
 */
export function latestRecordedDay(projects: readonly Oc4idsProject[], notAfter: string): string | undefined {
  let latest: string | undefined;
  const consider = (value: string | null | undefined) => {
    const day = isoDay(value);
    if (day !== undefined && day <= notAfter && (latest === undefined || day > latest)) latest = day;
  };
  for (const project of projects) {
    consider(project.updated);
    consider(project.completion?.endDate);
    for (const metric of project.metrics ?? [])
      for (const observation of metric.observations ?? []) consider(observationDay(observation));
  }
  return latest;
}

/**
 * The date every figure is judged at, and where it comes from. A package's publishedDate says it;
 * without one, the data's own newest record does (so a package read today and the same package
 * published last month show the same figures). Only a package with no date at all falls back to the
 * day it is read, and says so (`asOfSource`), because that day is not the data's.
 */
export function chooseAsOf(
  publishedDate: string | undefined,
  projects: readonly Oc4idsProject[],
  readOn: string,
): { asOf: string; asOfSource?: AsOfSource } {
  if (publishedDate !== undefined) return { asOf: publishedDate };
  const recorded = latestRecordedDay(projects, readOn);
  return recorded !== undefined
    ? { asOf: recorded, asOfSource: 'latest-record' }
    : { asOf: readOn, asOfSource: 'read-date' };
}
