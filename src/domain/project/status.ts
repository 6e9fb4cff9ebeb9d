import type { Oc4idsProject } from '../oc4ids/schema';
import type { ProjectStatus } from './types';

export function deriveStatus(project: Oc4idsProject): ProjectStatus {
  const summaries = (project.contractingProcesses ?? []).flatMap((p) => (p.summary ? [p.summary] : []));
  const terminated = summaries.some((s) => s.documents?.some((d) => d.documentType === 'termination'));
  if (terminated) return 'putus-kontrak';
  const main = summaries[0];
  const failedTender =
    main !== undefined &&
    main.status === 'closed' &&
    main.contractValue?.amount == null &&
    (main.suppliers ?? []).length === 0;
  if (failedTender) return 'gagal-tender';
  switch (project.status) {
    case 'cancelled':
      return 'dibatalkan';
    case 'identification':
    case 'preparation':
      return 'persiapan';
    case 'implementation':
      return main?.status === 'pre-award' ? 'persiapan' : 'pelaksanaan';
    case 'completion':
    case 'maintenance':
    case 'decommissioning':
    case 'decommissioned':
      return 'selesai';
    default:
      return 'tidak-diketahui';
  }
}
