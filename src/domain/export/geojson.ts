import type { DatasetMeta } from '../dataset/types';
import type { Project } from '../project/types';
import { flaggedSignals } from '../integrity/assess';

/**
 * A GeoJSON FeatureCollection (RFC 7946, [lng, lat]) of the projects that have a drawable geometry,
 * with their main figures as flat properties (QGIS and web maps read nested values badly). Projects
 * without geometry are counted in `x_tanpa_geometri`, so the file says what it leaves out.
 */
export function toGeoJson(projects: readonly Project[], meta: DatasetMeta) {
  const features = projects.flatMap((p) =>
    p.geometry
      ? [
          {
            type: 'Feature' as const,
            id: p.id,
            geometry: p.geometry,
            properties: {
              id: p.id,
              nama_paket: p.title,
              kategori: p.category,
              bidang: p.bidang,
              status: p.status,
              kecamatan: p.kecamatan?.name ?? null,
              kode_kecamatan: p.kecamatan?.code ?? null,
              desa: p.desa?.name ?? null,
              lokasi: p.locationName ?? null,
              pagu: p.pagu ?? null,
              hps: p.hps ?? null,
              nilai_kontrak: p.contractValue ?? null,
              sumber_dana: p.fundingSources.map((s) => s.name).join(' + ') || null,
              metode_pemilihan: p.procurementMethod ?? null,
              penyedia: p.contractor ?? null,
              tanggal_mulai: p.contractStart ?? null,
              tanggal_selesai: p.contractEnd ?? null,
              tanggal_progres: p.progress.reportDate ?? null,
              progres_fisik_rencana: p.progress.planned ?? null,
              progres_fisik_realisasi: p.progress.actual ?? null,
              deviasi: p.progress.deviation ?? null,
              indikasi_kritis: p.progress.kritis?.kritis ?? null,
              terlambat: p.progress.late,
              progres_keuangan: p.progress.financialPercent ?? null,
              // The slugs of the signals that hold, as in ?tanda= (/metodologi#<slug>).
              tanda:
                flaggedSignals(p)
                  .map((s) => s.slug)
                  .join(',') || null,
            },
          },
        ]
      : [],
  );
  return {
    type: 'FeatureCollection' as const,
    x_sumber: meta.publisher ?? null,
    x_per_tanggal: meta.asOf,
    x_data_contoh: meta.isSample,
    x_tanpa_geometri: projects.length - features.length,
    features,
  };
}
