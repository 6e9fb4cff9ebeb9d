import type { Locale } from '../../../domain/format/number';

/** OC4IDS/OCDS documentType codes in words; unknown codes are shown as they are. */
const LABELS: Record<string, [id: string, en: string]> = {
  tenderNotice: ['Pengumuman tender', 'Tender notice'],
  technicalSpecifications: ['Spesifikasi teknis/KAK', 'Technical specifications'],
  evaluationReports: ['Laporan evaluasi', 'Evaluation report'],
  contractSigned: ['Kontrak', 'Signed contract'],
  contractAmendment: ['Adendum kontrak', 'Contract amendment'],
  physicalProgressReport: ['Laporan kemajuan fisik', 'Physical progress report'],
  financialProgressReport: ['Laporan keuangan', 'Financial progress report'],
  completionCertificate: ['Berita acara serah terima', 'Completion certificate'],
  termination: ['Pemutusan kontrak', 'Contract termination'],
  cancellationDetails: ['Pembatalan', 'Cancellation'],
  feasibilityStudy: ['Studi kelayakan', 'Feasibility study'],
  environmentalImpact: ['Dampak lingkungan', 'Environmental impact'],
  projectScope: ['Lingkup proyek', 'Project scope'],
};

export function documentTypeLabel(type: string | undefined, locale: Locale): string {
  if (!type) return locale === 'id' ? 'Dokumen' : 'Document';
  const known = LABELS[type];
  return known ? known[locale === 'id' ? 0 : 1] : type;
}
