import type { Bidang, Category, ProjectStatus } from '../../domain/project/types';
import type { StatusFilter } from '../../domain/filters/filters';
import type { Locale } from '../../domain/format/number';

type Labels<K extends string> = Record<Locale, Record<K, string>>;

export const CATEGORY_LABELS: Labels<Category> = {
  id: {
    jalan: 'Jalan',
    jembatan: 'Jembatan',
    drainase: 'Drainase',
    normalisasi: 'Normalisasi sungai/saluran',
    tanggul: 'Tanggul/TPT',
    perencanaan: 'Perencanaan',
    lainnya: 'Lainnya',
  },
  en: {
    jalan: 'Road',
    jembatan: 'Bridge',
    drainase: 'Drainage',
    normalisasi: 'River/channel normalisation',
    tanggul: 'Embankment/retaining wall',
    perencanaan: 'Planning',
    lainnya: 'Other',
  },
};

export const BIDANG_LABELS: Labels<Bidang> = {
  id: {
    sda: 'Sumber Daya Air',
    'bm-peningkatan': 'Bina Marga: peningkatan jalan',
    'bm-pemeliharaan': 'Bina Marga: pemeliharaan jalan',
    jembatan: 'Jembatan',
    lainnya: 'Perencanaan & lainnya',
  },
  en: {
    sda: 'Water resources',
    'bm-peningkatan': 'Roads: upgrades',
    'bm-pemeliharaan': 'Roads: maintenance',
    jembatan: 'Bridges',
    lainnya: 'Planning & other',
  },
};

export const STATUS_LABELS: Labels<StatusFilter> = {
  id: {
    persiapan: 'Persiapan/pemilihan',
    'gagal-tender': 'Gagal tender',
    pelaksanaan: 'Pelaksanaan',
    selesai: 'Selesai',
    'putus-kontrak': 'Putus kontrak',
    dibatalkan: 'Dibatalkan',
    'tidak-diketahui': 'Status tidak diketahui',
    kritis: 'Indikasi kritis',
    terlambat: 'Terlambat',
  },
  en: {
    persiapan: 'Preparation/procurement',
    'gagal-tender': 'Failed tender',
    pelaksanaan: 'In progress',
    selesai: 'Completed',
    'putus-kontrak': 'Contract terminated',
    dibatalkan: 'Cancelled',
    'tidak-diketahui': 'Status unknown',
    kritis: 'Critical (indikasi kritis)',
    terlambat: 'Late',
  },
};

export function statusLabel(status: ProjectStatus | StatusFilter, locale: Locale): string {
  return STATUS_LABELS[locale][status];
}
