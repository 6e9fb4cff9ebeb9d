import { defineMessages } from '../../lib/i18n/messages';

/** The words of the route pages themselves: titles, loading lines, the not-found page. */
export const routeMessages = defineMessages({
  id: {
    mapTitle: 'Peta proyek',
    mapHeading: 'Pembangunan infrastruktur Kabupaten Bekasi 2023',
    mapFailed: 'Peta gagal dimuat. Daftar proyek tetap lengkap; muat ulang halaman untuk mencoba lagi.',
    loadingMap: 'Memuat peta…',
    loadingProjects: 'Memuat data proyek…',
    statisticsTitle: 'Statistik',
    presentationTitle: 'Presentasi',
    projectTitle: 'Proyek',
    projectNotFoundTitle: 'Proyek tidak ditemukan',
    notFoundTitle: 'Halaman tidak ditemukan',
    notFoundText: 'Alamat ini tidak ada di PantauBangun.',
    notFoundBack: 'Kembali ke peta proyek',
  },
  en: {
    mapTitle: 'Project map',
    mapHeading: 'Infrastructure works in Kabupaten Bekasi, 2023',
    mapFailed: 'The map failed to load. The project list is complete; reload the page to try again.',
    loadingMap: 'Loading the map…',
    loadingProjects: 'Loading project data…',
    statisticsTitle: 'Statistics',
    presentationTitle: 'Presentation',
    projectTitle: 'Project',
    projectNotFoundTitle: 'Project not found',
    notFoundTitle: 'Page not found',
    notFoundText: 'This address does not exist on PantauBangun.',
    notFoundBack: 'Back to the project map',
  },
});
