import { useId, useState } from 'react';
import { useLanguage } from '../../../lib/i18n/language';
import { LAPOR_URL, reportText, whatsAppUrl, type ReportSubject } from '../utils/report-links';

/**
 * "Laporkan": SP4N-LAPOR! (which has no pre-fill link, so the text is shown ready to copy) and
 * WhatsApp with the text filled in: a report to the Dinas when config.json names its number
 * (`reportWhatsApp`), otherwise only a share with a friend, and labelled so. PantauBangun itself
 * collects nothing.
 */
export function ReportActions({ subject, whatsApp }: { subject: ReportSubject; whatsApp?: string }) {
  const { locale } = useLanguage();
  const id = locale === 'id';
  const text = reportText(subject, locale);
  const textId = useId();
  const [copied, setCopied] = useState<'ok' | 'failed'>();

  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setCopied('ok');
    } catch {
      setCopied('failed');
    }
  }

  return (
    <section className="project-section report" aria-labelledby="report-title" data-testid="report">
      <h2 id="report-title">{id ? 'Laporkan masalah' : 'Report a problem'}</h2>
      <p>
        {id
          ? 'Melihat pekerjaan yang tidak sesuai, mangkrak atau rusak? Laporkan ke SP4N-LAPOR!, layanan pengaduan resmi pemerintah, atau bagikan lewat WhatsApp.'
          : 'Seen work that is wrong, stalled or damaged? Report it to SP4N-LAPOR!, the official government complaints service, or share it on WhatsApp.'}
      </p>
      <label htmlFor={textId} className="report__label">
        {id
          ? 'Teks laporan: LAPOR! tidak dapat diisi otomatis, salin teks ini ke formulirnya'
          : 'Report text: LAPOR! cannot be filled in for you, copy this text into its form'}
      </label>
      <textarea
        id={textId}
        className="report__text"
        readOnly
        value={text}
        rows={3}
        data-testid="report-text"
      />
      <div className="report__actions">
        <a
          className="button"
          href={LAPOR_URL}
          target="_blank"
          rel="noopener noreferrer"
          data-testid="lapor-link"
        >
          {id ? 'Laporkan ke LAPOR!' : 'Report on LAPOR!'}
        </a>
        <a
          className="button button--ghost"
          href={whatsAppUrl(text, whatsApp)}
          target="_blank"
          rel="noopener noreferrer"
          data-testid="whatsapp-link"
        >
          {whatsApp
            ? id
              ? 'Laporkan ke Dinas lewat WhatsApp'
              : 'Report to the Dinas on WhatsApp'
            : id
              ? 'Bagikan ke teman lewat WhatsApp'
              : 'Share with a friend on WhatsApp'}
        </a>
        <button type="button" className="button button--ghost" onClick={() => void copy()}>
          {id ? 'Salin teks' : 'Copy text'}
        </button>
      </div>
      <p role="status" className="report__status">
        {copied === 'ok' && (id ? 'Teks laporan disalin.' : 'Report text copied.')}
        {copied === 'failed' &&
          (id
            ? 'Tidak dapat menyalin; pilih teksnya lalu salin manual.'
            : 'Could not copy; select the text and copy it.')}
      </p>
      <p className="report__privacy">
        {id
          ? 'PantauBangun tidak mengumpulkan data pribadi: laporan Anda langsung ke LAPOR! atau lewat WhatsApp Anda sendiri.'
          : 'PantauBangun collects no personal data: your report goes straight to LAPOR! or through your own WhatsApp.'}
      </p>
    </section>
  );
}
