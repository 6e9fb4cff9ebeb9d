import type { Locale } from '../../../domain/format/number';
import { defineMessages } from '../../../lib/i18n/messages';

/** OC4IDS/OCDS documentType codes in words; unknown codes are shown as they are. */
const LABELS = defineMessages({
  id: {
    tenderNotice: 'Pengumuman tender',
    technicalSpecifications: 'Spesifikasi teknis/KAK',
    evaluationReports: 'Laporan evaluasi',
    contractSigned: 'Kontrak',
    contractAmendment: 'Adendum kontrak',
    physicalProgressReport: 'Laporan kemajuan fisik',
    financialProgressReport: 'Laporan keuangan',
    completionCertificate: 'Berita acara serah terima',
    termination: 'Pemutusan kontrak',
    cancellationDetails: 'Pembatalan',
    feasibilityStudy: 'Studi kelayakan',
    environmentalImpact: 'Dampak lingkungan',
    projectScope: 'Lingkup proyek',
  },
  en: {
    tenderNotice: 'Tender notice',
    technicalSpecifications: 'Technical specifications',
    evaluationReports: 'Evaluation report',
    contractSigned: 'Signed contract',
    contractAmendment: 'Contract amendment',
    physicalProgressReport: 'Physical progress report',
    financialProgressReport: 'Financial progress report',
    completionCertificate: 'Completion certificate',
    termination: 'Contract termination',
    cancellationDetails: 'Cancellation',
    feasibilityStudy: 'Feasibility study',
    environmentalImpact: 'Environmental impact',
    projectScope: 'Project scope',
  },
});

/** A document the data gives no type. */
const UNTYPED: Record<Locale, string> = { id: 'Dokumen', en: 'Document' };

export function documentTypeLabel(type: string | undefined, locale: Locale): string {
  if (!type) return UNTYPED[locale];
  const labels: Record<string, string> = LABELS[locale];
  // Own keys only: a code such as "toString" is not a label.
  return (Object.hasOwn(labels, type) ? labels[type] : undefined) ?? type;
}
