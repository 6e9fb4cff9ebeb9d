import type { Locale } from '../../../domain/format/number';
import { reportMessages } from '../report/report-messages';

/** SP4N-LAPOR!, the national public complaints service: reports go there, not to PantauBangun. */
export const LAPOR_URL = 'https://www.lapor.go.id/';

export interface ReportSubject {
  id: string;
  title: string;
  url: string;
}

/** The text a resident sends: the project's name, id and link, and room for what they saw. */
export function reportText({ id, title, url }: ReportSubject, locale: Locale): string {
  return reportMessages[locale].text(title, id, url);
}

/**
 * wa.me opens WhatsApp with the text filled in: to the given number (the Dinas' complaint line),
 * or with the recipient left for the user to pick. Either way PantauBangun learns nothing.
 */
export function whatsAppUrl(text: string, number?: string): string {
  return `https://wa.me/${number ?? ''}?text=${encodeURIComponent(text)}`;
}
