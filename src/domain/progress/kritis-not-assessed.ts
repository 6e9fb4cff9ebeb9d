import type { Project } from '../project/types';

/** Why a project has no kritis verdict: the rule needs a contract under way, a plan and a report. */
export type KritisNotAssessed = 'no-progress' | 'not-under-way' | 'no-report' | 'no-plan' | 'complete';

/** The reason a project is "tidak dapat dinilai", or undefined when it was assessed. */
export function kritisNotAssessed(project: Project): KritisNotAssessed | undefined {
  const p = project.progress;
  if (p.kritis) return undefined;
  if (!p.hasProgressData) return 'no-progress';
  if (project.status !== 'pelaksanaan') return 'not-under-way';
  if (p.reportDate === undefined) return 'no-report';
  if (p.planned === undefined) return 'no-plan';
  return 'complete';
}

/** The reasons in the words of the /data downloads (Indonesian, like their headers). */
export const KRITIS_NOT_ASSESSED_ID: Readonly<Record<KritisNotAssessed, string>> = {
  'no-progress': 'belum ada data progres fisik',
  'not-under-way': 'kontrak tidak sedang berjalan',
  'no-report': 'belum ada laporan realisasi fisik',
  'no-plan': 'tidak ada rencana progres (kurva S)',
  complete: 'pekerjaan sudah 100 %',
};
