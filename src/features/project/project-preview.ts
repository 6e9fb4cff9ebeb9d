import { CATEGORY_LABELS, STATUS_LABELS } from '../../components/labels/domain-labels';
import type { DatasetMeta } from '../../domain/dataset/types';
import { asOfLine } from '../../domain/format/as-of';
import { formatDate } from '../../domain/format/date';
import { formatPercent, formatRupiahShort } from '../../domain/format/number';
import { KRITIS_NOT_ASSESSED_ID, kritisNotAssessed } from '../../domain/progress/kritis-not-assessed';
import type { Project } from '../../domain/project/types';

/**
 * The phrases a project's link preview is made of, in Indonesian like the page a shared link opens:
 * what and where, pagu, contractor, progress against plan with its date, and the kritis verdict or
 * why it cannot be given. The text (og:description) and the picture (og:image) share them.
 */
export function projectPreviewFacts(project: Project) {
  const place = project.kecamatan ? ` di Kec. ${project.kecamatan.name}` : '';
  const progress = project.progress;
  const reason = kritisNotAssessed(project);
  return {
    what: `${CATEGORY_LABELS.id[project.category]}${place}, ${STATUS_LABELS.id[project.status].toLowerCase()}`,
    pagu: project.pagu !== undefined ? `pagu ${formatRupiahShort(project.pagu)}` : undefined,
    contractor: project.contractor ? `penyedia ${project.contractor}` : undefined,
    progress:
      progress.actual !== undefined && progress.reportDate
        ? `progres fisik ${formatPercent(progress.actual)}` +
          (progress.planned !== undefined ? ` (rencana ${formatPercent(progress.planned)})` : '') +
          ` per ${formatDate(progress.reportDate)}`
        : undefined,
    kritis: reason
      ? `indikasi kritis tidak dapat dinilai (${KRITIS_NOT_ASSESSED_ID[reason]})`
      : `indikasi kritis: ${progress.kritis!.kritis ? 'ya' : 'tidak'}`,
  };
}

/** A project's link preview text (og:description of its built page), with the data's date. */
export function projectPreviewText(project: Project, meta: DatasetMeta): string {
  const facts = projectPreviewFacts(project);
  const parts = [facts.what, facts.pagu, facts.contractor, facts.progress, facts.kritis].filter(Boolean);
  const text = `${parts.join(' · ')}. ${asOfLine(meta)}.`;
  return meta.isSample ? `${text} DATA CONTOH — bukan data resmi.` : text;
}
