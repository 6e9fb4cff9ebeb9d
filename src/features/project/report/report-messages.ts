import { defineMessages } from '../../../lib/i18n/messages';

export const reportMessages = defineMessages({
  id: {
    title: 'Laporkan masalah',
    intro:
      'Melihat pekerjaan yang tidak sesuai, mangkrak atau rusak? Laporkan ke SP4N-LAPOR!, layanan pengaduan resmi pemerintah, atau bagikan lewat WhatsApp.',
    textLabel: 'Teks laporan: LAPOR! tidak dapat diisi otomatis, salin teks ini ke formulirnya',
    text: (title: string, id: string, url: string) =>
      `Laporan tentang proyek "${title}" (ID ${id}), ${url} . Yang saya lihat di lokasi: `,
    lapor: 'Laporkan ke LAPOR!',
    whatsAppDinas: 'Laporkan ke Dinas lewat WhatsApp',
    whatsAppFriend: 'Bagikan ke teman lewat WhatsApp',
    copy: 'Salin teks',
    copied: 'Teks laporan disalin.',
    copyFailed: 'Tidak dapat menyalin; pilih teksnya lalu salin manual.',
    privacy:
      'PantauBangun tidak mengumpulkan data pribadi: laporan Anda langsung ke LAPOR! atau lewat WhatsApp Anda sendiri.',
  },
  en: {
    title: 'Report a problem',
    intro:
      'Seen work that is wrong, stalled or damaged? Report it to SP4N-LAPOR!, the official government complaints service, or share it on WhatsApp.',
    textLabel: 'Report text: LAPOR! cannot be filled in for you, copy this text into its form',
    text: (title: string, id: string, url: string) =>
      `Report about the project "${title}" (ID ${id}), ${url} . What I saw on site: `,
    lapor: 'Report on LAPOR!',
    whatsAppDinas: 'Report to the Dinas on WhatsApp',
    whatsAppFriend: 'Share with a friend on WhatsApp',
    copy: 'Copy text',
    copied: 'Report text copied.',
    copyFailed: 'Could not copy; select the text and copy it.',
    privacy:
      'PantauBangun collects no personal data: your report goes straight to LAPOR! or through your own WhatsApp.',
  },
});
