import { CATEGORY_LABELS, STATUS_LABELS } from '../../components/labels/domain-labels';
import type { DatasetMeta } from '../../domain/dataset/types';
import { formatDate } from '../../domain/format/date';
import { formatPercent, formatRupiahShort } from '../../domain/format/number';
import { KRITIS_NOT_ASSESSED_ID, kritisNotAssessed } from '../../domain/progress/kritis-not-assessed';
import type { Project } from '../../domain/project/types';

/**
 * A project's link preview (og:description of its built page), in Indonesian like the page a shared
 * link opens: where, how much, who, how far along and whether it is kritis, each figure with the
 * date it is valid for, and the sample label. Plain text: the build escapes it into the tag.
 */
export function projectPreviewText(project: Project, meta: DatasetMeta): string {
  const place = project.kecamatan ? ` di Kec. ${project.kecamatan.name}` : '';
  const progress = project.progress;
  const reason = kritisNotAssessed(project);
  const kritis = reason
    ? `indikasi kritis tidak dapat dinilai (${KRITIS_NOT_ASSESSED_ID[reason]})`
    : `indikasi kritis: ${progress.kritis!.kritis ? 'ya' : 'tidak'}`;
  const parts = [
    `${CATEGORY_LABELS.id[project.category]}${place}, ${STATUS_LABELS.id[project.status].toLowerCase()}`,
    project.pagu !== undefined ? `pagu ${formatRupiahShort(project.pagu)}` : undefined,
    project.contractor ? `penyedia ${project.contractor}` : undefined,
    progress.actual !== undefined && progress.reportDate
      ? `progres fisik ${formatPercent(progress.actual)}` +
        (progress.planned !== undefined ? ` (rencana ${formatPercent(progress.planned)})` : '') +
        ` per ${formatDate(progress.reportDate)}`
      : undefined,
    kritis,
  ].filter(Boolean);
  const text = `${parts.join(' · ')}. Data per ${formatDate(meta.asOf)}.`;
  return meta.isSample ? `${text} DATA CONTOH — bukan data resmi.` : text;
}
