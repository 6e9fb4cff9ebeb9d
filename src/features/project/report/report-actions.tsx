import { useId, useState } from 'react';
import { useLanguage } from '../../../lib/i18n/language';
import { useMessages } from '../../../lib/i18n/messages';
import { reportMessages } from './report-messages';
import { LAPOR_URL, reportText, whatsAppUrl, type ReportSubject } from '../utils/report-links';

/**
 * "Laporkan": SP4N-LAPOR! (which has no pre-fill link, so the text is shown ready to copy) and
 * WhatsApp with the text filled in: a report to the Dinas when config.json names its number
 * (`reportWhatsApp`), otherwise only a share with a friend, and labelled so. PantauBangun itself
 * collects nothing.
 */
export function ReportActions({ subject, whatsApp }: { subject: ReportSubject; whatsApp?: string }) {
  const { locale } = useLanguage();
  const t = useMessages(reportMessages);
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
      <h2 id="report-title">{t.title}</h2>
      <p>{t.intro}</p>
      <label htmlFor={textId} className="report__label">
        {t.textLabel}
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
          {t.lapor}
        </a>
        <a
          className="button button--ghost"
          href={whatsAppUrl(text, whatsApp)}
          target="_blank"
          rel="noopener noreferrer"
          data-testid="whatsapp-link"
        >
          {whatsApp ? t.whatsAppDinas : t.whatsAppFriend}
        </a>
        <button type="button" className="button button--ghost" onClick={() => void copy()}>
          {t.copy}
        </button>
      </div>
      <p role="status" className="report__status">
        {copied === 'ok' && t.copied}
        {copied === 'failed' && t.copyFailed}
      </p>
      <p className="report__privacy">{t.privacy}</p>
    </section>
  );
}
