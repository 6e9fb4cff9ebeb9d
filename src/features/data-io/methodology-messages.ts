import { defineMessages } from '../../lib/i18n/messages';
import { PERIOD_I_MAX_PLAN, PERIOD_I_TOLERANCE, PERIOD_II_TOLERANCE } from '../../domain/progress/kritis';

/** Methodology of every figure and the glossary; the kritis thresholds come from the code itself. */
export const methodologyMessages = defineMessages({
  id: {
    methodTitle: 'Cara angka dihitung',
    glossaryTitle: 'Glosarium',
    m_totals:
      'Jumlah proyek, total pagu, HPS dan nilai kontrak: penjumlahan atas proyek dalam saringan. Proyek yang tidak mencantumkan suatu nilai tidak dihitung sebagai nol, tetapi dilewati (nilainya tidak diketahui).',
    m_actual:
      'Realisasi fisik: laporan progres fisik kumulatif terakhir pada atau sebelum tanggal data. Rencana: nilai kurva S pada tanggal laporan itu, diinterpolasi lurus di antara dua titik rencana.',
    m_deviation:
      'Deviasi = realisasi − rencana, dalam poin persen. Negatif berarti terlambat dari rencana.',
    m_kritis: `Indikasi kontrak kritis (SSUK, klausul "Keterlambatan Pelaksanaan Pekerjaan dan Kontrak Kritis"; Permen PU 07/PRT/M/2011; Peraturan LKPP 9/2018), hanya untuk kontrak dalam pelaksanaan yang punya rencana dan laporan dan belum 100 %: periode I (rencana 0–${PERIOD_I_MAX_PLAN} %) bila realisasi tertinggal lebih dari ${PERIOD_I_TOLERANCE} poin; periode II (rencana di atas ${PERIOD_I_MAX_PLAN} %) bila tertinggal lebih dari ${PERIOD_II_TOLERANCE} poin, atau tertinggal sedikit pun sementara pekerjaan akan melewati 31 Desember tahun anggarannya (tanggal akhir kontrak sesudah addendum, atau laju sejauh ini). Disebut "indikasi" karena hanya PPK yang dapat menetapkan kontrak kritis, sesudah rapat pembuktian (SCM).`,
    m_late:
      'Terlambat: tanggal data sudah melewati tanggal akhir kontrak (sesudah addendum) dan pekerjaan belum 100 %, atau pekerjaan mencapai 100 % sesudah tanggal akhir itu.',
    m_finance:
      'Progres keuangan: pembayaran kumulatif dibagi nilai kontrak, sebagaimana diterbitkan, atau dihitung dari jumlah rupiah yang dibayarkan.',
    m_region:
      'Kecamatan dan desa: dari kode wilayah Kemendagri di data; bila tidak ada, dari letak geometri di dalam batas kecamatan; bila tidak ada juga, dari nama wilayah di alamat.',
    m_category:
      'Kategori dan bidang: sebagaimana dinyatakan di data; bila tidak ada, diturunkan dari kata kunci pada nama paket (mis. "jembatan", "normalisasi", "DED").',
    m_rejected:
      'Proyek yang tidak memenuhi skema atau kodenya ganda tidak dihitung dan disebutkan namanya dalam pemberitahuan kualitas data.',
    g_pagu: 'Pagu',
    g_paguText: 'Batas tertinggi anggaran sebuah paket dalam DPA; keputusan anggaran, bukan harga pekerjaan.',
    g_hps: 'HPS (Harga Perkiraan Sendiri)',
    g_hpsText: 'Perkiraan harga teknis oleh pejabat pengadaan dari volume dan harga pasar; tidak boleh melebihi pagu.',
    g_contract: 'Nilai kontrak',
    g_contractText: 'Harga dalam kontrak yang ditandatangani; tidak boleh melebihi HPS.',
    g_realisasi: 'Realisasi',
    g_realisasiText: 'Yang sudah terjadi: realisasi fisik (progres pekerjaan, %) atau realisasi keuangan (uang yang sudah dibayarkan). PantauBangun selalu menyebut yang mana.',
    g_serapan: 'Serapan anggaran',
    g_serapanText: 'Realisasi keuangan sebagai persentase dari pagu (di PantauBangun, progres keuangan dihitung terhadap nilai kontrak).',
    g_deviasi: 'Deviasi',
    g_deviasiText: 'Selisih realisasi fisik dan rencana (kurva S) pada tanggal laporan, dalam poin persen.',
    g_kritis: 'Kontrak kritis',
    g_kritisText: 'Kontrak yang keterlambatannya melewati batas dalam syarat umum kontrak; penyedia dipanggil ke SCM dan dapat diberi surat peringatan sampai pemutusan kontrak.',
    g_scm: 'SCM (Show Cause Meeting)',
    g_scmText: 'Rapat pembuktian antara PPK, pengawas dan penyedia untuk kontrak kritis: penyebab keterlambatan dan target yang disepakati untuk masa uji coba (tahap I, II, III).',
    g_kurva: 'Kurva S',
    g_kurvaText: 'Grafik progres fisik kumulatif (rencana dan realisasi) terhadap waktu.',
    g_addendum: 'Addendum',
    g_addendumText: 'Perubahan kontrak: waktu, nilai atau lingkup pekerjaan.',
    g_ssuk: 'SSUK (Syarat-Syarat Umum Kontrak)',
    g_ssukText:
      'Bagian baku setiap kontrak pemerintah (dokumen pemilihan LKPP); di dalamnya klausul keterlambatan dan kontrak kritis yang dipakai PantauBangun untuk indikasi kritis.',
  },
  en: {
    methodTitle: 'How the figures are computed',
    glossaryTitle: 'Glossary',
    m_totals:
      'Number of projects, total budget ceiling, HPS and contract value: sums over the projects in the filter. A project that does not state a value is skipped, not counted as zero (the value is unknown).',
    m_actual:
      'Actual physical progress: the last cumulative report on or before the data date. Plan: the S-curve value on that report date, linearly interpolated between two planned points.',
    m_deviation: 'Deviation = actual − plan, in percentage points. Negative means behind schedule.',
    m_kritis: `Critical-contract indication (standard contract conditions, clause on delays and critical contracts; Permen PU 07/PRT/M/2011; LKPP regulation 9/2018), only for contracts under way with a plan and a report and not yet at 100 %: period I (plan 0–${PERIOD_I_MAX_PLAN} %) when actual lags by more than ${PERIOD_I_TOLERANCE} points; period II (plan above ${PERIOD_I_MAX_PLAN} %) when it lags by more than ${PERIOD_II_TOLERANCE} points, or lags at all while the work will run past 31 December of its fiscal year (contract end after addenda, or the pace so far). Called an "indication" because only the commitment officer (PPK) can declare a contract critical, after a show-cause meeting (SCM).`,
    m_late:
      'Late: the data date is past the contract end date (after addenda) and the work is not at 100 %, or it reached 100 % after that date.',
    m_finance:
      'Financial progress: cumulative payments divided by the contract value, as published or computed from the amounts paid.',
    m_region:
      'District and village: from the Kemendagri region code in the data; otherwise where the geometry lies within the district boundaries; otherwise the region name in the address.',
    m_category:
      'Category and division: as stated in the data; otherwise derived from keywords in the package name (e.g. "jembatan", "normalisasi", "DED").',
    m_rejected:
      'Projects that fail the schema or repeat an id are not counted and are named in a data-quality notice.',
    g_pagu: 'Pagu (budget ceiling)',
    g_paguText: 'The most a package may spend, set in the budget (DPA); a budget decision, not the price of the work.',
    g_hps: 'HPS (owner estimate)',
    g_hpsText: "The procurement officer's technical price estimate from volumes and market prices; it may not exceed the pagu.",
    g_contract: 'Nilai kontrak (contract value)',
    g_contractText: 'The price in the signed contract; it may not exceed the HPS.',
    g_realisasi: 'Realisasi (actual)',
    g_realisasiText: 'What has happened: physical progress (%) or money paid. PantauBangun always says which.',
    g_serapan: 'Serapan (budget absorption)',
    g_serapanText: 'Money paid as a share of the pagu (in PantauBangun, financial progress is measured against the contract value).',
    g_deviasi: 'Deviasi (deviation)',
    g_deviasiText: 'Actual physical progress minus the plan (S-curve) on the report date, in percentage points.',
    g_kritis: 'Kontrak kritis (critical contract)',
    g_kritisText: 'A contract whose delay exceeds the limits in the general contract conditions; the contractor is called to an SCM and may receive warnings up to termination.',
    g_scm: 'SCM (show-cause meeting)',
    g_scmText: 'A meeting of the PPK, supervisor and contractor on a critical contract: causes of the delay and a target agreed for a trial period (stages I, II, III).',
    g_kurva: 'Kurva S (S-curve)',
    g_kurvaText: 'Cumulative physical progress (plan and actual) over time.',
    g_addendum: 'Addendum',
    g_addendumText: 'A contract change: time, value or scope.',
    g_ssuk: 'SSUK (general conditions of contract)',
    g_ssukText:
      'The standard part of every government contract (LKPP procurement documents); it holds the clause on delays and critical contracts that PantauBangun applies for the kritis indication.',
  },
}); // prettier-ignore
