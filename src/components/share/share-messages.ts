import { defineMessages } from '../../lib/i18n/messages';

export const shareMessages = defineMessages({
  id: {
    embed: 'Sematkan',
    embedTitle: 'Sematkan grafik ini',
    embedIntro:
      'Salin kode ini ke blog atau situs Anda. Tinggi bingkai menyesuaikan isinya sendiri; grafik selalu menampilkan sumber dan tanggal data.',
    snippetLabel: 'Kode sematan',
    heightLabel: 'Tinggi awal (piksel)',
    copyCode: 'Salin kode',
    copied: 'Tersalin.',
    copyFailed: 'Tidak dapat menyalin otomatis: pilih teksnya lalu tekan Ctrl+C.',
    preview: 'Pratinjau',
    previewFrame: (title: string) => `Pratinjau: ${title}`,
    close: 'Tutup',
    share: 'Bagikan',
    shareMenu: 'Bagikan tampilan ini',
    shareNative: 'Bagikan…',
    copyLink: 'Salin tautan',
    linkLabel: 'Tautan',
    shareOn: (service: string) => `Bagikan ke ${service} (jendela baru)`,
    defaultText: (title: string) =>
      `${title} — pantau pembangunan jalan, jembatan dan saluran air Kabupaten Bekasi di PantauBangun:`,
    pageText: 'Pantau pembangunan jalan, jembatan dan saluran air Kabupaten Bekasi di PantauBangun:',
    framedTitle: 'PantauBangun dibuka di dalam situs lain',
    framedBody:
      'Demi keamanan, tampilan lengkap PantauBangun hanya dibuka di situsnya sendiri. Grafik tunggal dapat disematkan lewat tombol "Sematkan".',
    framedOpen: 'Buka PantauBangun di tab baru',
  },
  en: {
    embed: 'Embed',
    embedTitle: 'Embed this chart',
    embedIntro:
      'Copy this code into your blog or site. The frame adjusts its height to its content; the chart always shows the source and date of the data.',
    snippetLabel: 'Embed code',
    heightLabel: 'Initial height (pixels)',
    copyCode: 'Copy code',
    copied: 'Copied.',
    copyFailed: 'Could not copy automatically: select the text and press Ctrl+C.',
    preview: 'Preview',
    previewFrame: (title: string) => `Preview: ${title}`,
    close: 'Close',
    share: 'Share',
    shareMenu: 'Share this view',
    shareNative: 'Share…',
    copyLink: 'Copy link',
    linkLabel: 'Link',
    shareOn: (service: string) => `Share on ${service} (new window)`,
    defaultText: (title: string) =>
      `${title} — follow the road, bridge and drainage works of Kabupaten Bekasi on PantauBangun:`,
    pageText: 'Follow the road, bridge and drainage works of Kabupaten Bekasi on PantauBangun:',
    framedTitle: 'PantauBangun was opened inside another site',
    framedBody:
      'For your safety the full PantauBangun only opens on its own site. Single charts can be embedded with the "Embed" button.',
    framedOpen: 'Open PantauBangun in a new tab',
  },
});
