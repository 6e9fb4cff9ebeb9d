/** SP4N-LAPOR!, the national public complaints service: reports go there, not to PantauBangun. */
export const LAPOR_URL = 'https://www.lapor.go.id/';

export interface ReportSubject {
  id: string;
  title: string;
  url: string;
}

/** The text a resident sends: the project's name, id and link, and room for what they saw. */
export function reportText({ id, title, url }: ReportSubject, locale: 'id' | 'en'): string {
  return locale === 'id'
    ? `Laporan tentang proyek "${title}" (ID ${id}), ${url} . Yang saya lihat di lokasi: `
    : `Report about the project "${title}" (ID ${id}), ${url} . What I saw on site: `;
}

/**
 * wa.me opens WhatsApp with the text filled in: to the given number (the Dinas' complaint line),
 * or with the recipient left for the user to pick. Either way PantauBangun learns nothing.
 */
export function whatsAppUrl(text: string, number?: string): string {
  return `https://wa.me/${number ?? ''}?text=${encodeURIComponent(text)}`;
}
