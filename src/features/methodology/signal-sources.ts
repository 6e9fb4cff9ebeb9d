import type { SignalSlug } from '../../domain/integrity/signals';
import type { Locale } from '../../lib/i18n/locale';

/** A published source a rule rests on: plain https, opened as any outside link. */
export interface MethodSource {
  href: string;
  name: Record<Locale, string>;
}

const source = (href: string, id: string, en = id): MethodSource => ({ href, name: { id, en } });

const OCP_GUIDE = source(
  'https://www.open-contracting.org/resources/red-flags-in-public-procurement-a-guide-to-using-data-to-detect-and-mitigate-risks/',
  'Open Contracting Partnership: Red flags in public procurement (panduan red flag, 2024)',
  'Open Contracting Partnership: Red flags in public procurement (red-flag guide, 2024)',
);
const OCP_R018 = source(
  'https://cardinal.readthedocs.io/en/latest/cli/indicators/R/018.html',
  'Open Contracting Partnership, Cardinal: Single bid received (R018)',
);
const ICW_METHOD = source(
  'https://opentender.net/method/',
  'Indonesia Corruption Watch, opentender.net: metode Potential Fraud Analysis',
  'Indonesia Corruption Watch, opentender.net: the Potential Fraud Analysis method',
);
const ICW_ABOUT = source(
  'https://opentender.net/about/',
  'Indonesia Corruption Watch: tentang opentender.net',
  'Indonesia Corruption Watch: about opentender.net',
);
const PERPRES_16_2018 = source(
  'https://peraturan.bpk.go.id/Details/73586/perpres-no-16-tahun-2018',
  'Perpres 16/2018 tentang Pengadaan Barang/Jasa Pemerintah (JDIH BPK)',
  'Presidential Regulation 16/2018 on government procurement (BPK legal database)',
);
const PUPR_EMONITORING = source(
  'https://id.scribd.com/document/553552309/456638494-Petunjuk-Integrated-E-Monitoring-1-0-PDF',
  'Kementerian PUPR: Petunjuk Integrated e-Monitoring 1.0',
  'Ministry of Public Works (PUPR): Integrated e-Monitoring 1.0 manual',
);
const SUMBONG = source(
  'https://sumbongsapangulo.ph/',
  'Sumbong sa Pangulo (portal proyek pengendalian banjir, Filipina, 2025)',
  'Sumbong sa Pangulo (flood-control project portal, Philippines, 2025)',
);
const SSUK_KRITIS = source(
  'https://lawinsider.com/id/clause/keterlambatan-pelaksanaan-pekerjaan-dan-kontrak-kritis/_1',
  'Syarat-Syarat Umum Kontrak: Keterlambatan Pelaksanaan Pekerjaan dan Kontrak Kritis',
  'General contract conditions (SSUK): clause on delays and critical contracts',
);

/** Each rule's sources, the one it was taken from first (research/anchors.md, "Added 2026-12"). */
export const SIGNAL_SOURCES: Record<SignalSlug, readonly MethodSource[]> = {
  'satu-penawar': [OCP_R018, OCP_GUIDE, ICW_ABOUT],
  'dekat-hps': [ICW_METHOD],
  'jauh-di-bawah-hps': [ICW_METHOD],
  'nilai-naik': [OCP_GUIDE, PERPRES_16_2018],
  perpanjangan: [OCP_GUIDE],
  'bayar-mendahului': [PUPR_EMONITORING],
  'penyedia-dominan': [SUMBONG, ICW_ABOUT],
  'nilai-kembar': [SUMBONG],
};

export const KRITIS_SOURCES: readonly MethodSource[] = [SSUK_KRITIS];
