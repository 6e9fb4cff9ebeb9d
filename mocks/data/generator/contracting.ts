/**
 * contractingProcesses[0].summary: the tender (method, HPS, bidders), the award (supplier, nilai kontrak),
 * the SPMK number as externalReference, addenda as modifications, and the contract documents. Status
 * rules from CONTRACT.md: gagal tender = closed without contractValue/suppliers; putus kontrak = a
 * document of type termination; persiapan = pre-award.
 */
import { AS_OF, day, toIso, type Day } from './dates';
import { orgRef, DINAS } from './parties';
import type { Rng } from './prng';
import type { Timeline } from './timeline';
import type { Method, PackageSpec } from './types';

const DOC_BASE = 'https://contoh.invalid/dokumen';

const OCDS_METHOD: Record<Method, string> = {
  Tender: 'open',
  Seleksi: 'selective', // consultancy selection from a shortlist (prakualifikasi)
  'E-Purchasing': 'limited', // mini-competition / purchase from the local e-katalog
  'Pengadaan Langsung': 'direct',
  Swakelola: 'direct',
};

/** How long before the contract start the package was announced (tender ~1–2 months, e-katalog weeks). */
export function tenderPublished(spec: PackageSpec): Day {
  const lead = { Tender: 45, Seleksi: 55, 'E-Purchasing': 14, 'Pengadaan Langsung': 10, Swakelola: 7 }[
    spec.method
  ];
  if (spec.scenario.kind === 'persiapan') return day(2023, 11, 20) + (spec.seq % 5) * 5;
  if (spec.start !== null) return spec.start - lead - (spec.seq % 9);
  return day(2023, 5, 8) + (spec.seq % 40); // grounded failed tender without dates: announced May–Jun
}

/** SPMK numbers as seen on Kab. Bekasi project boards: PG.02.02/187.58/SPMK/PSDA/DSDABMBK/2023 etc. */
function spmkNumber(spec: PackageSpec): string {
  const n = 100 + ((spec.seq * 37) % 300);
  if (spec.bidang === 'sda') return `PG.02.02/${n}.${(spec.seq % 90) + 10}/SPMK/PSDA/DSDABMBK/2023`;
  if (spec.bidang === 'jembatan') return `PG.02.02/${n}/SPMK/JBT-DSDABMBK/2023`;
  if (spec.kategori === 'perencanaan') return `PG.02.02/${n}/SPK/PRC-DSDABMBK/2023`;
  return `PG.02.02/${n}/SPMK/PJL-DSDABMBK/2023`;
}

const doc = (id: string, pid: string, type: string, title: string, d: Day): Record<string, unknown> => ({
  id,
  documentType: type,
  title,
  url: `${DOC_BASE}/${pid}/${id}.pdf`,
  datePublished: toIso(Math.min(d, AS_OF)),
  format: 'application/pdf',
  language: 'id',
});

export function buildContractingProcess(
  rng: Rng,
  spec: PackageSpec,
  t: Timeline | null,
  pid: string,
): Record<string, unknown> {
  const kind = spec.scenario.kind;
  const ocid = `ocds-pbcontoh-${pid.replace('oc4ids-pb-', '')}`;
  const published = tenderPublished(spec);
  const tender: Record<string, unknown> = {
    procurementMethod: OCDS_METHOD[spec.method],
    procurementMethodDetails: spec.method,
    procuringEntity: DINAS,
  };
  if (spec.hps !== null) tender.costEstimate = { amount: spec.hps, currency: 'IDR' };
  const documents: Record<string, unknown>[] = [];
  if (kind !== 'cancelled' && !(kind === 'persiapan' && spec.scenario.projectStatus === 'identification')) {
    tender.datePublished = toIso(published);
    if (spec.method !== 'Swakelola') {
      const drawn = spec.method === 'Tender' ? rng.int(3, 14) : spec.method === 'Seleksi' ? rng.int(3, 6) : 1;
      // A few open tenders drew a single bid (integrity.ts); the draw is still made, so nothing shifts.
      tender.numberOfTenderers = spec.signals?.singleBidder ? 1 : drawn;
      documents.push(
        doc('pengumuman', pid, 'tenderNotice', `Pengumuman ${spec.method} — ${spec.title}`, published),
      );
    }
  }
  const summary: Record<string, unknown> = {
    ocid,
    nature: [
      spec.kategori === 'perencanaan'
        ? /Pengawasan/.test(spec.title)
          ? 'supervision'
          : 'design'
        : 'construction',
    ],
    tender,
  };
  if (kind === 'gagal') {
    summary.status = 'closed';
    documents.push(
      doc(
        'ba-gagal',
        pid,
        'evaluationReports',
        'Berita Acara Tender Gagal (tidak ada penawaran yang memenuhi syarat)',
        published + 40,
      ),
    );
  } else if (kind === 'persiapan') {
    summary.status = 'pre-award';
  } else if (kind === 'cancelled') {
    documents.push(
      doc(
        'pembatalan',
        pid,
        'cancellationDetails',
        'Pembatalan paket: anggaran dialihkan pada APBD-P 2023',
        19_632,
      ),
    );
  } else if (t && spec.supplier && spec.contractValue !== null) {
    summary.externalReference = spmkNumber(spec);
    summary.status = t.completedOn !== null || t.terminatedOn !== null ? 'closed' : 'active';
    summary.suppliers = [orgRef(spec.supplier)];
    // OC4IDS: contractValue is the signed value; value addenda and finalValue carry the changes.
    summary.contractValue = { amount: spec.contractValue, currency: 'IDR' };
    summary.contractPeriod = {
      startDate: toIso(t.start),
      endDate: toIso(t.end),
      durationInDays: t.end - t.start + 1,
    };
    if (t.completedOn !== null) summary.finalValue = { amount: t.contractValue, currency: 'IDR' };
    if (t.modifications.length)
      summary.modifications = t.modifications.map((m, i) => ({
        id: `addendum-${i + 1}`,
        date: toIso(m.date),
        type: m.kind,
        rationale: m.rationale,
        ...(m.kind === 'duration'
          ? {
              oldContractPeriod: { startDate: toIso(t.start), endDate: toIso(m.oldEnd as Day) },
              newContractPeriod: { startDate: toIso(t.start), endDate: toIso(m.newEnd as Day) },
            }
          : {
              oldContractValue: { amount: m.oldValue, currency: 'IDR' },
              newContractValue: { amount: m.newValue, currency: 'IDR' },
            }),
      }));
    // One transaction per payment (uang muka, each termin): the differences of the cumulative metric.
    const payee = orgRef(spec.supplier);
    if (t.payments.length)
      summary.transactions = t.payments.map((p, i) => ({
        id: `pembayaran-${i + 1}`,
        date: toIso(p.day),
        value: { amount: p.value - (t.payments[i - 1]?.value ?? 0), currency: 'IDR' },
        payer: DINAS,
        payee,
      }));
    documents.push(
      doc(
        'kontrak',
        pid,
        'contractSigned',
        `Surat Perjanjian dan SPMK ${summary.externalReference as string}`,
        t.start,
      ),
    );
    t.modifications.forEach((m, i) =>
      documents.push(
        doc(`addendum-${i + 1}`, pid, 'contractAmendment', `Addendum ${i + 1}: ${m.rationale}`, m.date),
      ),
    );
    const lastReport = t.actual[t.actual.length - 1];
    if (lastReport)
      documents.push(
        doc(
          'laporan-mingguan',
          pid,
          'physicalProgressReport',
          `Laporan kemajuan fisik minggu ke-${t.actual.length}`,
          lastReport.day,
        ),
      );
    if (t.completedOn !== null)
      documents.push(
        doc(
          'ba-pho',
          pid,
          'completionCertificate',
          'Berita Acara Serah Terima Pertama Pekerjaan (PHO)',
          t.completedOn + rng.int(3, 10),
        ),
      );
    if (t.terminatedOn !== null)
      documents.push(
        doc(
          'pemutusan',
          pid,
          'termination',
          'Surat Pemutusan Kontrak (kontraktor wanprestasi; sisa pekerjaan dianggarkan TA 2024)',
          t.terminatedOn,
        ),
      );
  }
  if (documents.length) summary.documents = documents;
  return { id: ocid, summary };
}
