import { simplifyForMap } from '../geo/simplify';
import type { Project, ProjectDetail } from '../project/types';

/** A project as the index holds it: the row every list, map and chart reads (see Project). */
export function listingOf(detail: ProjectDetail): Project {
  return {
    id: detail.id,
    title: detail.title,
    category: detail.category,
    bidang: detail.bidang,
    status: detail.status,
    kecamatan: detail.kecamatan,
    desa: detail.desa,
    regionSource: detail.regionSource,
    locationName: detail.locationName,
    geometry: detail.geometry && simplifyForMap(detail.geometry),
    locationIssue: detail.locationIssue,
    pagu: detail.pagu,
    hps: detail.hps,
    contractValue: detail.contractValue,
    fundingSources: detail.fundingSources,
    procurementMethod: detail.procurementMethod,
    procurementCode: detail.procurementCode,
    tenderers: detail.tenderers,
    contractor: detail.contractor,
    contractStart: detail.contractStart,
    contractEnd: detail.contractEnd,
    latestValue: detail.latestValue,
    durationChanges: detail.durationChanges,
    completedOn: detail.completedOn,
    standing: detail.standing,
    roadLength: detail.roadLength,
    progress: detail.progress,
  };
}
